package com.routebook.domain.routing;

import static com.routebook.domain.participant.Participants.aParticipant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.domain.Explanation;
import com.routebook.domain.ExplanationCode;
import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.customer.CustomerNumbers;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.identifier.IdentifierScheme;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ParticipantStatus;
import com.routebook.domain.participant.Participants;
import com.routebook.domain.participant.ServiceProvider;
import com.routebook.domain.tenant.TenantId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RoutingRulesTest {

  private static final TenantId TENANT = new TenantId("t1");
  private static final String OVT = "003712345671";
  private static final String IBAN = "SE4550000000058398257466";
  private static final String VAT = "SE556036079301";

  private final ServiceProvider first = ServiceProvider.named("First");
  private final ServiceProvider second = ServiceProvider.named("Second");
  private final MapLookup lookup = new MapLookup();

  private static Customer customer(Participant p, CustomerState state, String... numbers) {
    return Customer.reconstitute(
        CustomerId.newId(),
        TENANT,
        p.id(),
        CustomerNumbers.of(numbers),
        p.defaultProviderId(),
        state,
        1);
  }

  private static Explanation described(Participant p) {
    return Explanation.of(ExplanationCode.PARTICIPANT, p.name(), p.id().value(), p.status());
  }

  private RoutingDecision route(DocumentReference doc) {
    return RoutingRules.decide(doc, DirectoryMode.OPEN, lookup);
  }

  @Test
  void nothing_matched_stops_with_no_match() {
    RoutingDecision decision =
        route(DocumentReference.of("INV-1").with(MatchedBy.CUSTOMER_NUMBER, "X"));

    assertThat(decision.outcome()).isEqualTo(Outcome.STOPPED);
    assertThat(decision.isRouted()).isFalse();
    assertThat(decision.reason()).isEqualTo(StopReason.NO_MATCH);
    assertThat(decision.documentId()).isEqualTo(new DocumentId("INV-1"));
    assertThat(decision.recipient()).isNull();
    assertThat(decision.matchedBy()).isNull();
    assertThat(decision.path())
        .containsExactly(
            Explanation.of(ExplanationCode.NO_CUSTOMER, MatchedBy.CUSTOMER_NUMBER, "X"),
            Explanation.of(ExplanationCode.NO_REFERENCE_MATCHED));
  }

  @Test
  void a_document_without_references_does_not_match() {
    assertThat(route(DocumentReference.of("D")).reason()).isEqualTo(StopReason.NO_MATCH);
  }

  @Test
  void an_active_customer_of_an_active_participant_is_routed_through_its_chosen_provider() {
    Participant p = aParticipant().withProviders(first, second).build();
    Customer c =
        Customer.reconstitute(
            CustomerId.newId(),
            TENANT,
            p.id(),
            CustomerNumbers.of("A-1"),
            second.id(),
            CustomerState.ACTIVE,
            1);
    lookup.with(p).with(c);

    RoutingDecision decision =
        route(DocumentReference.of("D").with(MatchedBy.CUSTOMER_NUMBER, "A-1"));

    assertThat(decision.outcome()).isEqualTo(Outcome.ROUTED);
    assertThat(decision.isRouted()).isTrue();
    assertThat(decision.reason()).isNull();
    assertThat(decision.recipient()).isEqualTo(new Recipient(p.id(), p.name(), p.eAddressText()));
    assertThat(decision.serviceProvider()).isEqualTo(second);
    assertThat(decision.matchedBy()).isEqualTo(MatchedBy.CUSTOMER_NUMBER);
    assertThat(decision.customerId()).isEqualTo(c.id());
    assertThat(decision.warnings()).isEmpty();
    assertThat(decision.path())
        .containsExactly(
            Explanation.of(
                ExplanationCode.CUSTOMER_OF_PARTICIPANT,
                MatchedBy.CUSTOMER_NUMBER,
                "A-1",
                c.id().value(),
                CustomerState.ACTIVE,
                Explanation.of(
                    ExplanationCode.PARTICIPANT,
                    p.name(),
                    p.id().value(),
                    ParticipantStatus.ACTIVE)),
            Explanation.of(ExplanationCode.ROUTED, p.eAddressText(), "Second"));
  }

  @Test
  void a_customer_whose_chosen_provider_was_dropped_goes_through_the_default_with_a_warning() {
    Participant p = aParticipant().withProviders(first).build();
    Customer c =
        Customer.reconstitute(
            CustomerId.newId(),
            TENANT,
            p.id(),
            CustomerNumbers.of("A-1"),
            second.id(),
            CustomerState.ACTIVE,
            1);
    lookup.with(p).with(c);

    RoutingDecision decision =
        route(DocumentReference.of("D").with(MatchedBy.CUSTOMER_NUMBER, "A-1"));

    assertThat(decision.serviceProvider()).isEqualTo(first);
    assertThat(decision.warnings())
        .containsExactly(
            Explanation.of(
                ExplanationCode.PROVIDER_UNAVAILABLE, second.id().value(), p.name(), "First"));
    assertThat(decision.path())
        .last()
        .isEqualTo(Explanation.of(ExplanationCode.ROUTED, p.eAddressText(), "First"));
  }

  @Test
  void an_inactive_customer_stops_the_document() {
    Participant p = aParticipant().build();
    Customer c = customer(p, CustomerState.INACTIVE, "A-1");
    lookup.with(p).with(c);

    RoutingDecision decision =
        route(DocumentReference.of("D-9").with(MatchedBy.CUSTOMER_NUMBER, "A-1"));

    assertThat(decision.reason()).isEqualTo(StopReason.CUSTOMER_INACTIVE);
    assertThat(decision.documentId()).isEqualTo(new DocumentId("D-9"));
    assertThat(decision.customerId()).isEqualTo(c.id());
    assertThat(decision.recipient().participantId()).isEqualTo(p.id());
    assertThat(decision.serviceProvider()).isNull();
  }

  @Test
  void a_customer_whose_participant_left_the_network_stops_as_non_existing() {
    Participant p = aParticipant().deactivated().build();
    Customer c = customer(p, CustomerState.ACTIVE, "A-1");
    lookup.with(p).with(c);

    RoutingDecision decision =
        route(DocumentReference.of("D").with(MatchedBy.CUSTOMER_NUMBER, "A-1"));

    assertThat(decision.reason()).isEqualTo(StopReason.RECIPIENT_NON_EXISTING);
    assertThat(decision.customerId()).isEqualTo(c.id());
  }

  @Test
  void an_inactive_customer_stops_as_inactive_even_when_its_participant_left() {
    Participant p = aParticipant().deactivated().build();
    lookup.with(p).with(customer(p, CustomerState.INACTIVE, "A-1"));

    assertThat(route(DocumentReference.of("D").with(MatchedBy.CUSTOMER_NUMBER, "A-1")).reason())
        .isEqualTo(StopReason.CUSTOMER_INACTIVE);
  }

  @Test
  void a_customer_linked_to_an_unknown_participant_is_a_broken_invariant() {
    Participant p = aParticipant().build();
    lookup.with(customer(p, CustomerState.ACTIVE, "A-1"));

    assertThatThrownBy(
            () -> route(DocumentReference.of("D").with(MatchedBy.CUSTOMER_NUMBER, "A-1")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void an_unknown_or_malformed_customer_number_falls_through_to_the_next_reference() {
    Participant p = aParticipant().build();
    lookup.with(p);

    RoutingDecision decision =
        route(
            DocumentReference.of("D")
                .with(MatchedBy.CUSTOMER_NUMBER, "no such#number")
                .with(MatchedBy.E_ADDRESS, p.eAddressText()));

    assertThat(decision.matchedBy()).isEqualTo(MatchedBy.E_ADDRESS);
    assertThat(decision.path())
        .containsExactly(
            Explanation.of(
                ExplanationCode.NO_CUSTOMER, MatchedBy.CUSTOMER_NUMBER, "no such#number"),
            Explanation.of(
                ExplanationCode.REGISTRY_MATCHES, MatchedBy.E_ADDRESS, p.eAddressText(), 1),
            Explanation.of(ExplanationCode.MATCHED_PARTICIPANT, described(p)),
            Explanation.of(ExplanationCode.ROUTED, p.eAddressText(), p.defaultProvider().name()));
  }

  @Test
  void a_registry_match_in_an_open_directory_reaches_any_participant_through_its_default() {
    Participant p = aParticipant().withProviders(first, second).build();
    lookup.with(p);

    RoutingDecision decision =
        route(DocumentReference.of("D").with(MatchedBy.E_ADDRESS, p.eAddressText()));

    assertThat(decision.outcome()).isEqualTo(Outcome.ROUTED);
    assertThat(decision.serviceProvider()).isEqualTo(first);
    assertThat(decision.customerId()).isNull();
    assertThat(decision.matchedBy()).isEqualTo(MatchedBy.E_ADDRESS);
  }

  @Test
  void a_registry_match_that_is_a_customer_uses_the_customers_provider() {
    Participant p = aParticipant().withProviders(first, second).build();
    Customer c =
        Customer.reconstitute(
            CustomerId.newId(),
            TENANT,
            p.id(),
            CustomerNumbers.of("A-1"),
            second.id(),
            CustomerState.ACTIVE,
            1);
    lookup.with(p).with(c);

    RoutingDecision decision =
        route(DocumentReference.of("D").with(MatchedBy.E_ADDRESS, p.eAddressText()));

    assertThat(decision.serviceProvider()).isEqualTo(second);
    assertThat(decision.customerId()).isEqualTo(c.id());
    assertThat(decision.path())
        .contains(
            Explanation.of(ExplanationCode.MATCHED_CUSTOMER, c.id().value(), CustomerState.ACTIVE));
  }

  @Test
  void a_closed_directory_reaches_only_participants_that_are_customers() {
    Participant stranger = aParticipant().build();
    Participant known = aParticipant().build();
    lookup.with(stranger, known).with(customer(known, CustomerState.ACTIVE, "K-1"));

    RoutingDecision toStranger =
        RoutingRules.decide(
            DocumentReference.of("D").with(MatchedBy.E_ADDRESS, stranger.eAddressText()),
            DirectoryMode.CLOSED,
            lookup);
    RoutingDecision toKnown =
        RoutingRules.decide(
            DocumentReference.of("D").with(MatchedBy.E_ADDRESS, known.eAddressText()),
            DirectoryMode.CLOSED,
            lookup);

    assertThat(toStranger.reason()).isEqualTo(StopReason.NO_MATCH);
    assertThat(toStranger.path())
        .containsExactly(
            Explanation.of(
                ExplanationCode.REGISTRY_MATCHES, MatchedBy.E_ADDRESS, stranger.eAddressText(), 1),
            Explanation.of(ExplanationCode.CLOSED_DIRECTORY, 0),
            Explanation.of(ExplanationCode.NO_REFERENCE_MATCHED));
    assertThat(toKnown.path()).contains(Explanation.of(ExplanationCode.CLOSED_DIRECTORY, 1));
    assertThat(toKnown.outcome()).isEqualTo(Outcome.ROUTED);
  }

  @Test
  void a_registry_match_that_is_an_inactive_customer_stops_as_inactive() {
    Participant p = aParticipant().build();
    lookup.with(p).with(customer(p, CustomerState.INACTIVE, "A-1"));

    assertThat(
            route(DocumentReference.of("D").with(MatchedBy.E_ADDRESS, p.eAddressText())).reason())
        .isEqualTo(StopReason.CUSTOMER_INACTIVE);
  }

  @Test
  void several_active_participants_for_one_reference_stop_as_ambiguous() {
    String gln = Participants.gln(7);
    Participant a = aParticipant().withIdentifier(IdentifierScheme.GLN, gln).build();
    Participant b = aParticipant().withIdentifier(IdentifierScheme.GLN, gln).build();
    lookup.with(a, b);

    RoutingDecision decision = route(DocumentReference.of("D-2").with(MatchedBy.GLN, gln));

    assertThat(decision.reason()).isEqualTo(StopReason.AMBIGUOUS_RECIPIENT);
    assertThat(decision.documentId()).isEqualTo(new DocumentId("D-2"));
    assertThat(decision.matchedBy()).isEqualTo(MatchedBy.GLN);
    assertThat(decision.recipient()).isNull();
    assertThat(decision.path())
        .last()
        .satisfies(
            step -> {
              assertThat(step.code()).isEqualTo(ExplanationCode.ACTIVE_PARTICIPANTS);
              assertThat(step.arguments().get(0)).isEqualTo(2);
              assertThat((List<Object>) step.arguments().get(1))
                  .containsExactlyInAnyOrder(described(a), described(b));
            });
  }

  @Test
  void one_active_and_one_deactivated_participant_route_to_the_active_one() {
    String gln = Participants.gln(8);
    Participant gone =
        aParticipant().withIdentifier(IdentifierScheme.GLN, gln).deactivated().build();
    Participant active = aParticipant().withIdentifier(IdentifierScheme.GLN, gln).build();
    lookup.with(gone, active);

    RoutingDecision decision = route(DocumentReference.of("D").with(MatchedBy.GLN, gln));

    assertThat(decision.recipient().participantId()).isEqualTo(active.id());
    assertThat(decision.warnings()).isEmpty();
  }

  @Test
  void only_deactivated_participants_stop_as_non_existing() {
    Participant gone = aParticipant().deactivated().build();
    lookup.with(gone);

    RoutingDecision decision =
        route(DocumentReference.of("D").with(MatchedBy.E_ADDRESS, gone.eAddressText()));

    assertThat(decision.reason()).isEqualTo(StopReason.RECIPIENT_NON_EXISTING);
    assertThat(decision.recipient().participantId()).isEqualTo(gone.id());
    assertThat(decision.customerId()).isNull();
  }

  @Test
  void identifiers_are_matched_in_normalized_form_and_e_addresses_without_case() {
    Participant p =
        aParticipant()
            .withoutIdentifiers()
            .withIdentifier(IdentifierScheme.ORGANIZATION_NUMBER, "5560360793")
            .withEAddress("0088:" + Participants.gln(11))
            .build();
    lookup.with(p);

    assertThat(
            route(DocumentReference.of("D").with(MatchedBy.ORGANIZATION_NUMBER, "556036-0793"))
                .isRouted())
        .isTrue();
    assertThat(
            route(
                    DocumentReference.of("D")
                        .with(MatchedBy.E_ADDRESS, " " + p.eAddressText().toLowerCase() + " "))
                .isRouted())
        .isTrue();
  }

  static Stream<Arguments> adjacentPriorities() {
    MatchedBy[] order = MatchedBy.values();
    return java.util.stream.IntStream.range(1, order.length - 1)
        .mapToObj(i -> Arguments.of(order[i], order[i + 1]));
  }

  @ParameterizedTest(name = "{0} wins over {1}")
  @MethodSource("adjacentPriorities")
  void a_higher_reference_decides_and_a_lower_one_elsewhere_warns_of_misrouting(
      MatchedBy higher, MatchedBy lower) {
    Participant winner = participantWith(higher);
    Participant other = participantWith(lower);
    lookup.with(winner, other);

    RoutingDecision decision =
        route(
            DocumentReference.of("D")
                .with(lower, valueOf(other, lower))
                .with(higher, valueOf(winner, higher)));

    assertThat(decision.matchedBy()).isEqualTo(higher);
    assertThat(decision.recipient().participantId()).isEqualTo(winner.id());
    assertThat(decision.warnings())
        .containsExactly(
            Explanation.of(
                ExplanationCode.MISROUTING,
                lower,
                valueOf(other, lower),
                List.of(described(other)),
                winner.name()));
  }

  @Test
  void the_customer_number_wins_over_the_e_address() {
    Participant customerParticipant = aParticipant().build();
    Participant other = aParticipant().build();
    lookup
        .with(customerParticipant, other)
        .with(customer(customerParticipant, CustomerState.ACTIVE, "A-1"));

    RoutingDecision decision =
        route(
            DocumentReference.of("D")
                .with(MatchedBy.E_ADDRESS, other.eAddressText())
                .with(MatchedBy.CUSTOMER_NUMBER, "A-1"));

    assertThat(decision.matchedBy()).isEqualTo(MatchedBy.CUSTOMER_NUMBER);
    assertThat(decision.recipient().participantId()).isEqualTo(customerParticipant.id());
    assertThat(decision.warnings())
        .containsExactly(
            Explanation.of(
                ExplanationCode.MISROUTING,
                MatchedBy.E_ADDRESS,
                other.eAddressText(),
                List.of(described(other)),
                customerParticipant.name()));
  }

  @Test
  void lower_references_pointing_to_the_same_participant_give_no_warning() {
    Participant p = aParticipant().withIdentifier(IdentifierScheme.VAT, VAT).build();
    lookup.with(p);

    RoutingDecision decision =
        route(
            DocumentReference.of("D")
                .with(MatchedBy.E_ADDRESS, p.eAddressText())
                .with(MatchedBy.VAT, VAT)
                .with(MatchedBy.GLN, Participants.gln(99)));

    assertThat(decision.warnings()).isEmpty();
  }

  @Test
  void a_stop_also_warns_when_lower_references_point_elsewhere() {
    Participant p = aParticipant().build();
    Participant other = aParticipant().build();
    lookup.with(p, other).with(customer(p, CustomerState.INACTIVE, "A-1"));

    RoutingDecision decision =
        route(
            DocumentReference.of("D")
                .with(MatchedBy.CUSTOMER_NUMBER, "A-1")
                .with(MatchedBy.E_ADDRESS, other.eAddressText()));

    assertThat(decision.reason()).isEqualTo(StopReason.CUSTOMER_INACTIVE);
    assertThat(decision.warnings()).hasSize(1);
  }

  @Test
  void an_unusable_reference_value_matches_nothing() {
    assertThat(RoutingRules.identifierFor(MatchedBy.CUSTOMER_NUMBER, "A")).isEmpty();
    assertThat(RoutingRules.identifierFor(MatchedBy.GLN, null)).isEmpty();
    assertThat(RoutingRules.identifierFor(MatchedBy.GLN, " - ")).isEmpty();
    assertThat(RoutingRules.identifierFor(MatchedBy.GLN, "12 34").orElseThrow().value())
        .isEqualTo("1234");
  }

  private Participant participantWith(MatchedBy kind) {
    return switch (kind) {
      case OVT -> aParticipant().withIdentifier(IdentifierScheme.OVT, OVT).build();
      case IBAN -> aParticipant().withIdentifier(IdentifierScheme.IBAN, IBAN).build();
      case GLN ->
          aParticipant()
              .withIdentifier(IdentifierScheme.GLN, Participants.gln(kind.ordinal()))
              .build();
      case VAT -> aParticipant().withIdentifier(IdentifierScheme.VAT, VAT).build();
      default -> aParticipant().build();
    };
  }

  private static String valueOf(Participant p, MatchedBy kind) {
    return kind == MatchedBy.E_ADDRESS
        ? p.eAddressText()
        : p.identifier(kind.scheme().orElseThrow()).orElseThrow().value();
  }
}
