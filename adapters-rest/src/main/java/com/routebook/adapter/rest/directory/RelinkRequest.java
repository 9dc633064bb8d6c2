package com.routebook.adapter.rest.directory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Points a customer at another participant: by participant id or by E-address. */
@Schema(name = "Relink")
public record RelinkRequest(
    @Schema(description = "the new participant's id (or give eAddress)") String participantId,
    @Schema(
            description = "the new participant's E-address (or give participantId)",
            example = "0007:5560360793")
        String eAddress,
    @Schema(description = "one of the new participant's providers; absent: its default")
        String serviceProviderId) {}
