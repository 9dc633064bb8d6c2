package com.routebook.domain.routing;

import com.routebook.domain.Explanation;
import com.routebook.domain.ExplanationCode;
import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.identifier.IdentifierScheme;
import com.routebook.domain.participant.ServiceProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The routing rules of SPEC.md, as a pure function of a document, the tenant's directory mode and a
 * {@link RoutingLookup}.
 *
 * <ol>
 *   <li>References are tried in {@link MatchedBy} order; the first that matches decides. Lower
 *       references that point to another participant add a misrouting warning.
 *   <li>A customer number is looked up in the tenant's directory only: inactive customer stops with
 *       {@code CUSTOMER_INACTIVE}, deactivated participant with {@code RECIPIENT_NON_EXISTING},
 *       else routed through the customer's provider (or the default).
 *   <li>Other references are looked up in the registry; a CLOSED directory reaches only
 *       participants that are customers. Several active participants stop with {@code
 *       AMBIGUOUS_RECIPIENT}; only deactivated ones with {@code RECIPIENT_NON_EXISTING}; an
 *       inactive customer with {@code CUSTOMER_INACTIVE}.
 *   <li>Nothing matched: {@code NO_MATCH}.
 * </ol>
 *
 * <p>The path and the warnings are {@link Explanation}s: codes and arguments, which adapters word.
 */
public final class RoutingRules {

  private RoutingRules() {}

  /** Decides where the document goes, or why it stops. */
  public static RoutingDecision decide(
      DocumentReference document, DirectoryMode mode, RoutingLookup lookup) {
    List<Explanation> path = new ArrayList<>();
    for (MatchedBy kind : document.present()) {
      String raw = document.reference(kind).orElseThrow();
      Optional<RoutingDecision> decision =
          kind == MatchedBy.CUSTOMER_NUMBER
              ? byCustomerNumber(document, raw, lookup, path)
              : byRegistry(document, kind, raw, mode, lookup, path);
      if (decision.isPresent()) {
        return decision.get();
      }
    }
    path.add(Explanation.of(ExplanationCode.NO_REFERENCE_MATCHED));
    return RoutingDecision.stopped(
        document.documentId(), StopReason.NO_MATCH, null, null, null, List.of(), path);
  }

  /** The registry identifier looked up for a raw reference value, if it can be normalized. */
  public static Optional<Identifier> identifierFor(MatchedBy kind, String raw) {
    if (kind.scheme().isEmpty() || raw == null) {
      return Optional.empty();
    }
    IdentifierScheme scheme = kind.scheme().get();
    try {
      return Optional.of(new Identifier(scheme, Identifier.normalize(scheme, raw)));
    } catch (RuntimeException unusable) {
      return Optional.empty();
    }
  }

  private static Optional<RoutingDecision> byCustomerNumber(
      DocumentReference document, String raw, RoutingLookup lookup, List<Explanation> path) {
    Optional<RoutingCustomer> customer =
        CustomerNumber.tryParse(raw).flatMap(lookup::customerByNumber);
    if (customer.isEmpty()) {
      path.add(Explanation.of(ExplanationCode.NO_CUSTOMER, MatchedBy.CUSTOMER_NUMBER, raw));
      return Optional.empty();
    }
    RoutingParticipant participant =
        lookup
            .participant(customer.get().participantId())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "customer " + customer.get().id() + " links to an unknown participant"));
    path.add(
        Explanation.of(
            ExplanationCode.CUSTOMER_OF_PARTICIPANT,
            MatchedBy.CUSTOMER_NUMBER,
            raw,
            customer.get().id().value(),
            customer.get().state(),
            describe(participant)));
    return Optional.of(
        conclude(document, MatchedBy.CUSTOMER_NUMBER, participant, customer, lookup, path));
  }

  private static Optional<RoutingDecision> byRegistry(
      DocumentReference document,
      MatchedBy kind,
      String raw,
      DirectoryMode mode,
      RoutingLookup lookup,
      List<Explanation> path) {
    List<RoutingParticipant> found = registryMatches(kind, raw, lookup);
    path.add(Explanation.of(ExplanationCode.REGISTRY_MATCHES, kind, raw, found.size()));
    if (mode == DirectoryMode.CLOSED) {
      found = found.stream().filter(p -> lookup.customerOf(p.id()).isPresent()).toList();
      path.add(Explanation.of(ExplanationCode.CLOSED_DIRECTORY, found.size()));
    }
    if (found.isEmpty()) {
      return Optional.empty();
    }
    List<RoutingParticipant> active = found.stream().filter(RoutingParticipant::isActive).toList();
    if (active.size() > 1) {
      path.add(
          Explanation.of(ExplanationCode.ACTIVE_PARTICIPANTS, active.size(), describeAll(active)));
      return Optional.of(
          RoutingDecision.stopped(
              document.documentId(),
              StopReason.AMBIGUOUS_RECIPIENT,
              null,
              kind,
              null,
              List.of(),
              path));
    }
    RoutingParticipant participant = active.isEmpty() ? found.get(0) : active.get(0);
    path.add(Explanation.of(ExplanationCode.MATCHED_PARTICIPANT, describe(participant)));
    Optional<RoutingCustomer> customer = lookup.customerOf(participant.id());
    customer.ifPresent(
        c -> path.add(Explanation.of(ExplanationCode.MATCHED_CUSTOMER, c.id().value(), c.state())));
    return Optional.of(conclude(document, kind, participant, customer, lookup, path));
  }

  private static RoutingDecision conclude(
      DocumentReference document,
      MatchedBy kind,
      RoutingParticipant participant,
      Optional<RoutingCustomer> customer,
      RoutingLookup lookup,
      List<Explanation> path) {
    List<Explanation> warnings = misroutingWarnings(document, kind, participant, lookup);
    Recipient recipient = Recipient.of(participant);
    if (customer.isPresent() && !customer.get().isActive()) {
      return RoutingDecision.stopped(
          document.documentId(),
          StopReason.CUSTOMER_INACTIVE,
          recipient,
          kind,
          customer.get().id(),
          warnings,
          path);
    }
    if (!participant.isActive()) {
      return RoutingDecision.stopped(
          document.documentId(),
          StopReason.RECIPIENT_NON_EXISTING,
          recipient,
          kind,
          customer.map(RoutingCustomer::id).orElse(null),
          warnings,
          path);
    }
    ServiceProvider provider =
        customer.map(c -> c.effectiveProvider(participant)).orElseGet(participant::defaultProvider);
    if (customer.isPresent() && customer.get().providerUnavailable()) {
      warnings.add(
          Explanation.of(
              ExplanationCode.PROVIDER_UNAVAILABLE,
              customer.get().chosenProviderId().value(),
              participant.name(),
              provider.name()));
    }
    path.add(Explanation.of(ExplanationCode.ROUTED, recipient.eAddress(), provider.name()));
    return RoutingDecision.routed(
        document.documentId(),
        recipient,
        provider,
        kind,
        customer.map(RoutingCustomer::id).orElse(null),
        warnings,
        path);
  }

  private static List<Explanation> misroutingWarnings(
      DocumentReference document,
      MatchedBy decidedBy,
      RoutingParticipant chosen,
      RoutingLookup lookup) {
    List<Explanation> warnings = new ArrayList<>();
    for (MatchedBy kind : document.present()) {
      if (kind.ordinal() > decidedBy.ordinal()) {
        String raw = document.reference(kind).orElseThrow();
        List<RoutingParticipant> others =
            registryMatches(kind, raw, lookup).stream()
                .filter(p -> !p.id().equals(chosen.id()))
                .toList();
        if (!others.isEmpty()) {
          warnings.add(
              Explanation.of(
                  ExplanationCode.MISROUTING, kind, raw, describeAll(others), chosen.name()));
        }
      }
    }
    return warnings;
  }

  private static List<RoutingParticipant> registryMatches(
      MatchedBy kind, String raw, RoutingLookup lookup) {
    return identifierFor(kind, raw).map(lookup::participantsWith).orElse(List.of());
  }

  private static Explanation describe(RoutingParticipant participant) {
    return Explanation.of(
        ExplanationCode.PARTICIPANT,
        participant.name(),
        participant.id().value(),
        participant.status());
  }

  private static List<Explanation> describeAll(List<RoutingParticipant> participants) {
    return participants.stream().map(RoutingRules::describe).toList();
  }
}
