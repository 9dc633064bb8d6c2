package com.routebook.adapter.persistence.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.domain.Explanation;
import com.routebook.domain.ExplanationCode;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ParticipantStatus;
import com.routebook.domain.participant.ServiceProvider;
import com.routebook.domain.participant.ServiceProviderId;
import com.routebook.domain.routing.DirectoryMode;
import com.routebook.domain.routing.DocumentRecord;
import com.routebook.domain.routing.DocumentReference;
import com.routebook.domain.routing.MatchedBy;
import com.routebook.domain.routing.RoutingCustomer;
import com.routebook.domain.routing.RoutingDecision;
import com.routebook.domain.routing.RoutingLookup;
import com.routebook.domain.routing.RoutingParticipant;
import com.routebook.domain.routing.RoutingRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which paths are stored as {@link DerivedPath#STORED}, and that each reads back as written. */
class DerivedPathTest {

  private static final Instant NOW = Instant.parse("2026-12-05T01:00:00Z");
  private static final ServiceProvider PAGERO =
      new ServiceProvider(new ServiceProviderId("sp-1"), "Pagero");

  private final RoutingParticipant acme =
      new RoutingParticipant(
          new ParticipantId("p-1"),
          "Acme \"Paper\" AB",
          ParticipantStatus.ACTIVE,
          "0007:5560360793",
          PAGERO);

  @Test
  void a_document_routed_by_its_customer_number_alone_is_stored_as_the_marker() {
    DocumentRecord record =
        routedBy(DocumentReference.of("INV-1").with(MatchedBy.CUSTOMER_NUMBER, " N-1 "));

    assertThat(record.decision().path()).hasSize(2);
    assertThat(DerivedPath.stored(record)).isEqualTo(DerivedPath.STORED);
    assertThat(readBack(record)).isEqualTo(record.decision().path());
  }

  @Test
  void a_path_with_any_other_step_or_argument_is_stored_whole_and_reads_back_equal() {
    DocumentRecord plain =
        routedBy(DocumentReference.of("INV-2").with(MatchedBy.CUSTOMER_NUMBER, "N-1"));
    List<List<Explanation>> others = new ArrayList<>();
    List<Explanation> path = plain.decision().path();
    others.add(List.of(path.get(0)));
    others.add(List.of(path.get(0), path.get(1), path.get(1)));
    others.add(List.of(path.get(1), path.get(0)));
    others.add(
        List.of(
            Explanation.of(
                ExplanationCode.CUSTOMER_OF_PARTICIPANT,
                MatchedBy.CUSTOMER_NUMBER,
                "N-1",
                "c-1",
                CustomerState.INACTIVE,
                path.get(0).arguments().get(4)),
            path.get(1)));
    others.add(
        List.of(path.get(0), Explanation.of(ExplanationCode.ROUTED, "0007:5560360793", "Another")));
    others.add(List.of(Explanation.text("routed"), Explanation.text("by hand")));

    for (List<Explanation> other : others) {
      DocumentRecord record = withPath(plain, other);
      String stored = DerivedPath.stored(record);

      assertThat(stored)
          .isEqualTo(StoredExplanations.write(other))
          .isNotEqualTo(DerivedPath.STORED);
      assertThat(readBack(record)).isEqualTo(other);
    }
  }

  @Test
  void a_path_naming_another_number_than_the_document_sent_is_stored_whole() {
    DocumentRecord record =
        routedBy(DocumentReference.of("INV-3").with(MatchedBy.CUSTOMER_NUMBER, "N-1"));
    DocumentRecord sentOtherwise =
        new DocumentRecord(
            DocumentReference.of("INV-3").with(MatchedBy.CUSTOMER_NUMBER, "N-2"),
            record.decision(),
            NOW,
            NOW);

    assertThat(DerivedPath.stored(sentOtherwise)).isNotEqualTo(DerivedPath.STORED);
    assertThat(readBack(sentOtherwise)).isEqualTo(record.decision().path());
  }

  @Test
  void stopped_documents_and_documents_routed_by_the_registry_keep_their_whole_path() {
    DocumentRecord stopped =
        routedBy(DocumentReference.of("INV-4").with(MatchedBy.CUSTOMER_NUMBER, "UNKNOWN"));
    DocumentRecord byGln =
        routedBy(DocumentReference.of("INV-5").with(MatchedBy.GLN, "7300010000001"));

    assertThat(stopped.decision().outcome().name()).isEqualTo("STOPPED");
    assertThat(byGln.decision().matchedBy()).isEqualTo(MatchedBy.GLN);
    for (DocumentRecord record : List.of(stopped, byGln)) {
      assertThat(DerivedPath.stored(record)).isNotEqualTo(DerivedPath.STORED);
      assertThat(readBack(record)).isEqualTo(record.decision().path());
    }
  }

  @Test
  void no_path_stored_whole_is_ever_the_marker() {
    assertThat(StoredExplanations.write(List.of(Explanation.text("COLUMNS"))))
        .isNotEqualTo(DerivedPath.STORED);
    assertThatThrownBy(() -> ExplanationCode.valueOf("COLUMNS"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(StoredExplanations.read(DerivedPath.STORED))
        .extracting(e -> e.code())
        .containsExactly(ExplanationCode.TEXT);
  }

  @Test
  void a_marker_in_a_row_without_the_columns_it_is_built_from_fails_plainly() {
    assertThatThrownBy(() -> DerivedPath.read(DerivedPath.STORED, null, null, null, null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("derived path");
  }

  private static List<Explanation> readBack(DocumentRecord record) {
    RoutingDecision decision = record.decision();
    return DerivedPath.read(
        DerivedPath.stored(record),
        record.reference().customerNumber(),
        decision.customerId(),
        decision.recipient(),
        decision.serviceProvider());
  }

  /** The record with another path, nothing else changed. */
  static DocumentRecord withPath(DocumentRecord record, List<Explanation> path) {
    RoutingDecision d = record.decision();
    return new DocumentRecord(
        record.reference(),
        new RoutingDecision(
            d.documentId(),
            d.outcome(),
            d.reason(),
            d.recipient(),
            d.serviceProvider(),
            d.matchedBy(),
            d.customerId(),
            d.warnings(),
            path),
        record.receivedAt(),
        record.decidedAt());
  }

  /** The decision the domain's routing rules make for the reference, as the log gets it. */
  private DocumentRecord routedBy(DocumentReference reference) {
    RoutingCustomer customer =
        new RoutingCustomer(
            new CustomerId("c-1"), acme.id(), CustomerState.ACTIVE, PAGERO.id(), PAGERO);
    RoutingLookup lookup =
        new RoutingLookup() {
          @Override
          public Optional<RoutingCustomer> customerByNumber(CustomerNumber number) {
            return number.value().equals("N-1") ? Optional.of(customer) : Optional.empty();
          }

          @Override
          public Optional<RoutingCustomer> customerOf(ParticipantId participantId) {
            return participantId.equals(acme.id()) ? Optional.of(customer) : Optional.empty();
          }

          @Override
          public Optional<RoutingParticipant> participant(ParticipantId participantId) {
            return participantId.equals(acme.id()) ? Optional.of(acme) : Optional.empty();
          }

          @Override
          public List<RoutingParticipant> participantsWith(Identifier identifier) {
            return List.of(acme);
          }
        };
    RoutingDecision decision = RoutingRules.decide(reference, DirectoryMode.OPEN, lookup);
    return new DocumentRecord(reference, decision, NOW, NOW);
  }
}
