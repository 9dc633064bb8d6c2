package com.routebook.adapter.rest.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.adapter.rest.problem.ApiTexts;
import com.routebook.domain.Explanation;
import com.routebook.domain.ExplanationCode;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.identifier.EAddress;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ParticipantStatus;
import com.routebook.domain.participant.ServiceProvider;
import com.routebook.domain.participant.ServiceProviderId;
import com.routebook.domain.routing.DirectoryMode;
import com.routebook.domain.routing.DocumentReference;
import com.routebook.domain.routing.MatchedBy;
import com.routebook.domain.routing.RoutingCustomer;
import com.routebook.domain.routing.RoutingDecision;
import com.routebook.domain.routing.RoutingLookup;
import com.routebook.domain.routing.RoutingParticipant;
import com.routebook.domain.routing.RoutingRules;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A decision's {@code path} and {@code warnings} read word for word as before the explanations left
 * the domain: the expected sentences are those the routing rules wrote themselves, for every kind
 * of step and warning (the last test checks that they cover every code of the catalogue).
 */
class DecisionResponseTest {

  /** The codes the tests rendered (read by the last test). */
  private static final Set<ExplanationCode> SEEN =
      java.util.Collections.synchronizedSet(EnumSet.noneOf(ExplanationCode.class));

  private static final ServiceProvider ACCESS =
      new ServiceProvider(new ServiceProviderId("sp-1"), "Access");
  private static final String ACME_ADDRESS = "0007:5560360793";
  private static final String OTHER_ADDRESS = "0088:7350012345679";
  private static final String GLN = "7350012345679";

  private final Lookup lookup = new Lookup();
  private final RoutingParticipant acme =
      new RoutingParticipant(
          new ParticipantId("p-1"), "Acme AB", ParticipantStatus.ACTIVE, ACME_ADDRESS, ACCESS);
  private final RoutingParticipant other =
      new RoutingParticipant(
          new ParticipantId("p-2"),
          "Other \"Ltd\"",
          ParticipantStatus.DEACTIVATED,
          OTHER_ADDRESS,
          ACCESS);

  private static DecisionResponse answer(RoutingDecision decision) {
    decision.path().forEach(DecisionResponseTest::seen);
    decision.warnings().forEach(DecisionResponseTest::seen);
    return DecisionResponse.from(decision);
  }

  private static void seen(Explanation explanation) {
    SEEN.add(explanation.code());
    for (Object argument : explanation.arguments()) {
      if (argument instanceof Explanation nested) {
        seen(nested);
      } else if (argument instanceof List<?> items) {
        items.stream().filter(Explanation.class::isInstance).forEach(i -> seen((Explanation) i));
      }
    }
  }

  private static RoutingCustomer customer(
      RoutingParticipant participant, CustomerState state, ServiceProvider chosen) {
    return new RoutingCustomer(
        new CustomerId("c-1"),
        participant.id(),
        state,
        chosen.id(),
        chosen.equals(participant.defaultProvider()) ? chosen : null);
  }

  @Test
  void a_customer_number_routed_through_the_default_with_warnings() {
    ServiceProvider gone = new ServiceProvider(new ServiceProviderId("sp-gone"), "Gone");
    lookup.with(acme, MatchedBy.E_ADDRESS, ACME_ADDRESS).with(other, MatchedBy.GLN, GLN);
    lookup.customers.put("A-1", customer(acme, CustomerState.ACTIVE, gone));

    DecisionResponse answer =
        answer(
            RoutingRules.decide(
                DocumentReference.of("D-1")
                    .with(MatchedBy.CUSTOMER_NUMBER, "A-1")
                    .with(MatchedBy.GLN, " 7350 0123 45679 "),
                DirectoryMode.OPEN,
                lookup));

    assertThat(answer.path())
        .containsExactly(
            "CUSTOMER_NUMBER \"A-1\": customer c-1 (ACTIVE) of participant Acme AB (p-1, ACTIVE)",
            "routed to 0007:5560360793 through Access");
    assertThat(answer.warnings())
        .containsExactly(
            "GLN \"7350 0123 45679\" points to a different participant (Other \"Ltd\" (p-2,"
                + " DEACTIVATED)) than Acme AB: risk of misrouting",
            "the chosen service provider sp-gone is no longer available for Acme AB; routed"
                + " through the default provider Access");
  }

  @Test
  void an_unknown_number_then_several_active_participants() {
    RoutingParticipant first =
        new RoutingParticipant(
            new ParticipantId("p-a"), "A", ParticipantStatus.ACTIVE, "0007:1", ACCESS);
    RoutingParticipant second =
        new RoutingParticipant(
            new ParticipantId("p-b"), "B", ParticipantStatus.ACTIVE, "0007:2", ACCESS);
    lookup.with(first, MatchedBy.GLN, GLN).with(second, MatchedBy.GLN, GLN);

    DecisionResponse answer =
        answer(
            RoutingRules.decide(
                DocumentReference.of("D-2")
                    .with(MatchedBy.CUSTOMER_NUMBER, "X-9")
                    .with(MatchedBy.GLN, GLN),
                DirectoryMode.OPEN,
                lookup));

    assertThat(answer.path())
        .containsExactly(
            "CUSTOMER_NUMBER \"X-9\": no customer in your directory",
            "GLN \"7350012345679\": 2 participant(s) in the registry",
            "2 active participants match: A (p-a, ACTIVE), B (p-b, ACTIVE)");
    assertThat(answer.warnings()).isEmpty();
  }

  @Test
  void a_closed_directory_reaching_an_inactive_customer_then_nothing() {
    lookup.with(acme, MatchedBy.E_ADDRESS, ACME_ADDRESS).with(other, MatchedBy.GLN, GLN);
    lookup.customers.put("A-1", customer(acme, CustomerState.INACTIVE, ACCESS));

    DecisionResponse inactive =
        answer(
            RoutingRules.decide(
                DocumentReference.of("D-3").with(MatchedBy.E_ADDRESS, ACME_ADDRESS),
                DirectoryMode.CLOSED,
                lookup));
    DecisionResponse nothing =
        answer(
            RoutingRules.decide(
                DocumentReference.of("D-4").with(MatchedBy.GLN, GLN),
                DirectoryMode.CLOSED,
                lookup));

    assertThat(inactive.path())
        .containsExactly(
            "E_ADDRESS \"0007:5560360793\": 1 participant(s) in the registry",
            "closed directory: 1 of them in your customer directory",
            "participant Acme AB (p-1, ACTIVE)",
            "customer c-1 (INACTIVE)");
    assertThat(inactive.reason()).isEqualTo("CUSTOMER_INACTIVE");
    assertThat(nothing.path())
        .containsExactly(
            "GLN \"7350012345679\": 1 participant(s) in the registry",
            "closed directory: 0 of them in your customer directory",
            "no reference matched");
  }

  @Test
  void equal_decisions_hash_alike_whatever_their_texts_and_different_ones_are_not_equal() {
    DecisionResponse decision = stopped("D-1", List.of("step one", "step two"));
    DecisionResponse same = stopped("D-1", new ArrayList<>(List.of("step one", "step two")));
    DecisionResponse otherPath = stopped("D-1", List.of("step one"));

    assertThat(same).isEqualTo(decision).hasSameHashCodeAs(decision);
    assertThat(otherPath).isNotEqualTo(decision);
    assertThat(stopped("D-2", List.of()).hashCode()).isNotEqualTo(decision.hashCode());
  }

  private static DecisionResponse stopped(String documentId, List<String> path) {
    return new DecisionResponse(
        documentId, "STOPPED", "NO_MATCH", "stopped", null, null, null, null, List.of(), path);
  }

  @Test
  void scheme_warnings_read_as_before() {
    assertThat(warnings(EAddress.parse("0037:003701120389")))
        .containsExactly("scheme 0037 (FI:OVT) is removed; use 0216");
    assertThat(warnings(EAddress.parse("0193:abcd")))
        .containsExactly("scheme 0193 (UBLBE) is deprecated; use 0208");
    assertThat(warnings(EAddress.parse("9912:SE556036079301")))
        .containsExactly("scheme 9912 (EU:VAT) is deprecated");
    assertThat(warnings(EAddress.stored("9999:abc")))
        .containsExactly("scheme 9999 is no longer in the Peppol participant identifier list");
    assertThat(warnings(EAddress.parse("0007:5560360793"))).isEmpty();
    List<Explanation> removed =
        List.of(Explanation.of(ExplanationCode.SCHEME_REMOVED, "0001", "X:Y"));
    removed.forEach(DecisionResponseTest::seen);
    assertThat(ApiTexts.ENGLISH.texts(removed)).containsExactly("scheme 0001 (X:Y) is removed");
  }

  @Test
  void a_text_kept_from_before_the_catalogue_reads_exactly_as_it_was() {
    List<Explanation> old =
        List.of(
            Explanation.text("VAT \"SE 1\": 0 participant(s) in the registry"),
            Explanation.text("it's {0} 'quoted' {"));
    old.forEach(DecisionResponseTest::seen);

    assertThat(ApiTexts.ENGLISH.texts(old))
        .containsExactly("VAT \"SE 1\": 0 participant(s) in the registry", "it's {0} 'quoted' {");
  }

  @Test
  void alert_details_read_in_english() {
    List<Explanation> details =
        List.of(
            Explanation.of(ExplanationCode.ALERT_PARTICIPANT_DEACTIVATED, "Acme AB"),
            Explanation.of(ExplanationCode.ALERT_PARTICIPANT_REACTIVATED, "Acme AB"),
            Explanation.of(ExplanationCode.ALERT_PROVIDER_REMOVED, "Acme AB", "Pagero"),
            Explanation.of(ExplanationCode.ALERT_E_ADDRESS_CHANGED, "Acme AB", "0007:1", "0007:2"),
            Explanation.of(ExplanationCode.ALERT_IDENTIFIERS_CHANGED, "Acme AB", "GLN 1", "GLN 2"),
            Explanation.of(
                ExplanationCode.ALERT_E_ADDRESS_AND_IDENTIFIERS_CHANGED,
                "Acme AB",
                "0007:1",
                "0007:2",
                "GLN 1",
                "GLN 2"));
    details.forEach(DecisionResponseTest::seen);

    assertThat(ApiTexts.ENGLISH.texts(details))
        .containsExactly(
            "Acme AB was deactivated in the network: documents to it stop",
            "Acme AB is active in the network again",
            "Acme AB no longer receives through service provider Pagero",
            "the E-address of Acme AB changed from 0007:1 to 0007:2",
            "the identifiers of Acme AB changed from [GLN 1] to [GLN 2]",
            "the E-address of Acme AB changed from 0007:1 to 0007:2 and its identifiers from"
                + " [GLN 1] to [GLN 2]");
  }

  private static List<String> warnings(EAddress address) {
    address.warnings().forEach(DecisionResponseTest::seen);
    return ApiTexts.ENGLISH.texts(address.warnings());
  }

  @Test
  void the_tests_above_check_every_kind_of_explanation() {
    SEEN.clear();
    new DecisionResponseTest().a_customer_number_routed_through_the_default_with_warnings();
    new DecisionResponseTest().an_unknown_number_then_several_active_participants();
    new DecisionResponseTest().a_closed_directory_reaching_an_inactive_customer_then_nothing();
    new DecisionResponseTest().scheme_warnings_read_as_before();
    new DecisionResponseTest().a_text_kept_from_before_the_catalogue_reads_exactly_as_it_was();
    new DecisionResponseTest().alert_details_read_in_english();

    assertThat(SEEN).containsExactlyInAnyOrder(ExplanationCode.values());
  }

  /** The directory and registry of one test. */
  private static final class Lookup implements RoutingLookup {
    final Map<String, RoutingCustomer> customers = new HashMap<>();
    final Map<String, List<RoutingParticipant>> byIdentifier = new HashMap<>();
    final Map<ParticipantId, RoutingParticipant> participants = new HashMap<>();

    Lookup with(RoutingParticipant participant, MatchedBy kind, String value) {
      participants.put(participant.id(), participant);
      byIdentifier
          .computeIfAbsent(
              RoutingRules.identifierFor(kind, value).orElseThrow().toString(),
              k -> new ArrayList<>())
          .add(participant);
      return this;
    }

    @Override
    public Optional<RoutingCustomer> customerByNumber(CustomerNumber number) {
      return Optional.ofNullable(customers.get(number.value()));
    }

    @Override
    public Optional<RoutingCustomer> customerOf(ParticipantId participantId) {
      return customers.values().stream()
          .filter(c -> c.participantId().equals(participantId))
          .findFirst();
    }

    @Override
    public Optional<RoutingParticipant> participant(ParticipantId participantId) {
      return Optional.ofNullable(participants.get(participantId));
    }

    @Override
    public List<RoutingParticipant> participantsWith(Identifier identifier) {
      return byIdentifier.getOrDefault(identifier.toString(), List.of());
    }
  }
}
