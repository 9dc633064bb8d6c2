package com.routebook.domain.routing;

import com.routebook.domain.Explanation;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.participant.ServiceProvider;
import java.util.List;
import java.util.Objects;

/**
 * The result of routing one document: ROUTED to a recipient through a provider, or STOPPED with a
 * reason. It carries the reference that decided ({@code matchedBy}), the customer used if any,
 * misrouting warnings, and the path of steps that led to it (both {@link Explanation}s, which
 * adapters word). Fields that do not apply are {@code null}.
 */
public record RoutingDecision(
    DocumentId documentId,
    Outcome outcome,
    StopReason reason,
    Recipient recipient,
    ServiceProvider serviceProvider,
    MatchedBy matchedBy,
    CustomerId customerId,
    List<Explanation> warnings,
    List<Explanation> path) {

  public RoutingDecision {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(outcome, "outcome");
    if ((outcome == Outcome.STOPPED) != (reason != null)) {
      throw new IllegalArgumentException(
          "a stopped decision needs a reason and a routed one none: " + outcome + ", " + reason);
    }
    if (outcome == Outcome.ROUTED && (recipient == null || serviceProvider == null)) {
      throw new IllegalArgumentException("a routed decision needs a recipient and a provider");
    }
    warnings = List.copyOf(warnings == null ? List.of() : warnings);
    path = List.copyOf(path == null ? List.of() : path);
  }

  /** A document routed to a recipient through a provider. */
  public static RoutingDecision routed(
      DocumentId documentId,
      Recipient recipient,
      ServiceProvider provider,
      MatchedBy matchedBy,
      CustomerId customerId,
      List<Explanation> warnings,
      List<Explanation> path) {
    return new RoutingDecision(
        documentId,
        Outcome.ROUTED,
        null,
        recipient,
        provider,
        matchedBy,
        customerId,
        warnings,
        path);
  }

  /** A stopped document with its reason; recipient and customer when known. */
  public static RoutingDecision stopped(
      DocumentId documentId,
      StopReason reason,
      Recipient recipient,
      MatchedBy matchedBy,
      CustomerId customerId,
      List<Explanation> warnings,
      List<Explanation> path) {
    return new RoutingDecision(
        documentId,
        Outcome.STOPPED,
        reason,
        recipient,
        null,
        matchedBy,
        customerId,
        warnings,
        path);
  }

  public boolean isRouted() {
    return outcome == Outcome.ROUTED;
  }
}
