package com.routebook.domain.routing;

import java.time.Instant;
import java.util.Objects;

/** A document kept in the tenant's document log with its last routing decision. */
public record DocumentRecord(
    DocumentReference reference, RoutingDecision decision, Instant receivedAt, Instant decidedAt) {

  public DocumentRecord {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(decidedAt, "decidedAt");
    if (!reference.documentId().equals(decision.documentId())) {
      throw new IllegalArgumentException(
          "decision of " + decision.documentId() + " kept for document " + reference.documentId());
    }
  }

  public DocumentId documentId() {
    return reference.documentId();
  }

  public boolean isStopped() {
    return decision.outcome() == Outcome.STOPPED;
  }

  /** The same document with a new decision, taken at {@code at}. */
  public DocumentRecord redecided(RoutingDecision newDecision, Instant at) {
    return new DocumentRecord(reference, newDecision, receivedAt, at);
  }
}
