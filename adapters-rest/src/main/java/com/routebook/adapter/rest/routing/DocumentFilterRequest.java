package com.routebook.adapter.rest.routing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which documents a resend or delete is about: the parameters of {@code GET /documents}. */
@Schema(
    name = "DocumentFilter",
    description =
        "the filter of GET /documents; only stopped documents are resent or deleted, whatever"
            + " status says")
public record DocumentFilterRequest(
    @Schema(enumeration = {"STOPPED", "ROUTED"}) String status,
    @Schema(
            enumeration = {
              "NO_MATCH",
              "CUSTOMER_INACTIVE",
              "RECIPIENT_NON_EXISTING",
              "AMBIGUOUS_RECIPIENT"
            })
        String reason,
    @Schema(description = "a * pattern over the document id and every reference as sent") String q,
    @Schema(defaultValue = "true") Boolean caseSensitive,
    @Schema(description = "ISO-8601 time or date, inclusive") String receivedFrom,
    @Schema(description = "ISO-8601 time (exclusive) or date (that day included)")
        String receivedTo,
    String customerNumber) {}
