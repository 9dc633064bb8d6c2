package com.routebook.domain.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.domain.ValidationException;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ServiceProvider;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentReferenceTest {

  @Test
  void blank_references_are_absent_and_values_are_trimmed() {
    DocumentReference doc =
        new DocumentReference(new DocumentId(" D-1 "), " A-1 ", "", " ", null, "g", "o", "v");

    assertThat(doc.documentId().value()).isEqualTo("D-1");
    assertThat(doc.customerNumber()).isEqualTo("A-1");
    assertThat(doc.eAddress()).isNull();
    assertThat(doc.ovt()).isNull();
    assertThat(doc.present())
        .containsExactly(
            MatchedBy.CUSTOMER_NUMBER, MatchedBy.GLN, MatchedBy.ORGANIZATION_NUMBER, MatchedBy.VAT);
  }

  @Test
  void each_kind_of_reference_can_be_set_and_read() {
    DocumentReference doc = DocumentReference.of("D");
    for (MatchedBy kind : MatchedBy.values()) {
      doc = doc.with(kind, kind.name());
    }
    for (MatchedBy kind : MatchedBy.values()) {
      assertThat(doc.reference(kind)).contains(kind.name());
    }
    assertThat(doc.present()).containsExactly(MatchedBy.values());
    assertThat(doc.with(MatchedBy.IBAN, null).reference(MatchedBy.IBAN)).isEmpty();
    assertThat(MatchedBy.CUSTOMER_NUMBER.scheme()).isEmpty();
    assertThat(MatchedBy.VAT.scheme()).isPresent();
  }

  @Test
  void a_document_id_is_1_to_200_characters() {
    assertThat(new DocumentId("x".repeat(200)).value()).hasSize(200);
    assertThat(new DocumentId("x").toString()).isEqualTo("x");
    assertThatThrownBy(() -> new DocumentId("x".repeat(201)))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new DocumentId(" ")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new DocumentId(null)).isInstanceOf(ValidationException.class);
  }

  @Test
  void a_decision_is_consistent_with_its_outcome() {
    DocumentId id = new DocumentId("D");
    Recipient recipient = new Recipient(new ParticipantId("p"), "P", "0007:1");
    ServiceProvider provider = ServiceProvider.named("SP");
    assertThatThrownBy(
            () ->
                new RoutingDecision(id, Outcome.STOPPED, null, null, null, null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new RoutingDecision(
                    id, Outcome.ROUTED, StopReason.NO_MATCH, null, null, null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RoutingDecision.routed(id, null, provider, null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RoutingDecision.routed(id, recipient, null, null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    RoutingDecision routed =
        RoutingDecision.routed(id, recipient, provider, null, null, null, null);
    assertThat(routed.warnings()).isEmpty();
    assertThat(routed.path()).isEmpty();
  }

  @Test
  void a_kept_document_carries_its_own_decision_and_can_be_redecided() {
    DocumentReference doc = DocumentReference.of("D");
    RoutingDecision stop =
        RoutingDecision.stopped(
            doc.documentId(), StopReason.NO_MATCH, null, null, null, List.of(), List.of());
    Instant t0 = Instant.EPOCH;
    DocumentRecord kept = new DocumentRecord(doc, stop, t0, t0);

    assertThat(kept.isStopped()).isTrue();
    assertThat(kept.documentId()).isEqualTo(doc.documentId());
    RoutingDecision routed =
        RoutingDecision.routed(
            doc.documentId(),
            new Recipient(new ParticipantId("p"), "P", "0007:1"),
            ServiceProvider.named("SP"),
            MatchedBy.E_ADDRESS,
            null,
            List.of(),
            List.of());
    DocumentRecord again = kept.redecided(routed, t0.plusSeconds(5));
    assertThat(again.isStopped()).isFalse();
    assertThat(again.receivedAt()).isEqualTo(t0);
    assertThat(again.decidedAt()).isEqualTo(t0.plusSeconds(5));
    RoutingDecision otherDocs =
        RoutingDecision.stopped(
            new DocumentId("E"), StopReason.NO_MATCH, null, null, null, null, null);
    assertThatThrownBy(() -> new DocumentRecord(doc, otherDocs, t0, t0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
