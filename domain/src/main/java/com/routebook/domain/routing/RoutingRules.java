package com.routebook.domain.routing;

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
 */
public final class RoutingRules {

  private RoutingRules() {}

  /** Decides where the document goes, or why it stops. */
  public static RoutingDecision decide(
      DocumentReference document, DirectoryMode mode, RoutingLookup lookup) {
    List<String> path = new ArrayList<>();
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
    path.add("no reference matched");
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
      DocumentReference document, String raw, RoutingLookup lookup, List<String> path) {
    Optional<RoutingCustomer> customer =
        CustomerNumber.tryParse(raw).flatMap(lookup::customerByNumber);
    if (customer.isEmpty()) {
      path.add(step(MatchedBy.CUSTOMER_NUMBER, raw) + ": no customer in your directory");
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
        step(MatchedBy.CUSTOMER_NUMBER, raw)
            + ": customer "
            + customer.get().id()
            + " ("
            + customer.get().state()
            + ") of participant "
            + describe(participant));
    return Optional.of(
        conclude(document, MatchedBy.CUSTOMER_NUMBER, participant, customer, lookup, path));
  }

  private static Optional<RoutingDecision> byRegistry(
      DocumentReference document,
      MatchedBy kind,
      String raw,
      DirectoryMode mode,
      RoutingLookup lookup,
      List<String> path) {
    List<RoutingParticipant> found = registryMatches(kind, raw, lookup);
    path.add(step(kind, raw) + ": " + found.size() + " participant(s) in the registry");
    if (mode == DirectoryMode.CLOSED) {
      found = found.stream().filter(p -> lookup.customerOf(p.id()).isPresent()).toList();
      path.add("closed directory: " + found.size() + " of them in your customer directory");
    }
    if (found.isEmpty()) {
      return Optional.empty();
    }
    List<RoutingParticipant> active = found.stream().filter(RoutingParticipant::isActive).toList();
    if (active.size() > 1) {
      path.add(active.size() + " active participants match: " + describeAll(active));
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
    path.add("participant " + describe(participant));
    Optional<RoutingCustomer> customer = lookup.customerOf(participant.id());
    customer.ifPresent(c -> path.add("customer " + c.id() + " (" + c.state() + ")"));
    return Optional.of(conclude(document, kind, participant, customer, lookup, path));
  }

  private static RoutingDecision conclude(
      DocumentReference document,
      MatchedBy kind,
      RoutingParticipant participant,
      Optional<RoutingCustomer> customer,
      RoutingLookup lookup,
      List<String> path) {
    List<String> warnings = misroutingWarnings(document, kind, participant, lookup);
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
          "the chosen service provider "
              + customer.get().chosenProviderId()
              + " is no longer available for "
              + participant.name()
              + "; routed through the default provider "
              + provider.name());
    }
    path.add("routed to " + recipient.eAddress() + " through " + provider.name());
    return RoutingDecision.routed(
        document.documentId(),
        recipient,
        provider,
        kind,
        customer.map(RoutingCustomer::id).orElse(null),
        warnings,
        path);
  }

  private static List<String> misroutingWarnings(
      DocumentReference document,
      MatchedBy decidedBy,
      RoutingParticipant chosen,
      RoutingLookup lookup) {
    List<String> warnings = new ArrayList<>();
    for (MatchedBy kind : document.present()) {
      if (kind.ordinal() > decidedBy.ordinal()) {
        String raw = document.reference(kind).orElseThrow();
        List<RoutingParticipant> others =
            registryMatches(kind, raw, lookup).stream()
                .filter(p -> !p.id().equals(chosen.id()))
                .toList();
        if (!others.isEmpty()) {
          warnings.add(
              step(kind, raw)
                  + " points to a different participant ("
                  + describeAll(others)
                  + ") than "
                  + chosen.name()
                  + ": risk of misrouting");
        }
      }
    }
    return warnings;
  }

  private static List<RoutingParticipant> registryMatches(
      MatchedBy kind, String raw, RoutingLookup lookup) {
    return identifierFor(kind, raw).map(lookup::participantsWith).orElse(List.of());
  }

  private static String step(MatchedBy kind, String raw) {
    return kind + " \"" + raw + "\"";
  }

  private static String describe(RoutingParticipant participant) {
    return participant.name() + " (" + participant.id() + ", " + participant.status() + ")";
  }

  private static String describeAll(List<RoutingParticipant> participants) {
    return String.join(", ", participants.stream().map(RoutingRules::describe).toList());
  }
}
