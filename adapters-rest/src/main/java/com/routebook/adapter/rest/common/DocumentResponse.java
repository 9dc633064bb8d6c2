package com.routebook.adapter.rest.common;

import com.routebook.domain.routing.DocumentRecord;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A kept document with its references and its last decision. */
@Schema(name = "Document")
@JsonbPropertyOrder({"documentId", "status", "receivedAt", "decidedAt", "reference", "decision"})
public record DocumentResponse(
    String documentId,
    @Schema(enumeration = {"STOPPED", "ROUTED"}) String status,
    Instant receivedAt,
    Instant decidedAt,
    ReferenceAsSentJson reference,
    @Schema(description = "the last decision") DecisionResponse decision) {

  public static DocumentResponse from(DocumentRecord record) {
    return new DocumentResponse(
        record.documentId().value(),
        record.decision().outcome().name(),
        record.receivedAt(),
        record.decidedAt(),
        ReferenceAsSentJson.from(record.reference()),
        DecisionResponse.from(record.decision()));
  }
}
