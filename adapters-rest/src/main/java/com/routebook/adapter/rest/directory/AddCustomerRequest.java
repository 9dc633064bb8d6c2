package com.routebook.adapter.rest.directory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Adds a participant as a customer: by participant id or by E-address, with its numbers. */
@Schema(name = "AddCustomer")
public record AddCustomerRequest(
    @Schema(description = "the participant's id (or give eAddress)") String participantId,
    @Schema(
            description = "the participant's E-address (or give participantId)",
            example = "0007:5560360793")
        String eAddress,
    @Schema(
            description = "a JSON array of strings, or one comma-separated string",
            oneOf = {String[].class, String.class},
            example = "[\"A-1\", \"B-2\"]")
        Object customerNumbers,
    @Schema(description = "the chosen provider; absent: the participant's default")
        String serviceProviderId) {}
