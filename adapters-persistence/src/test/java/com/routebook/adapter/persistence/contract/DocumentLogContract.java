package com.routebook.adapter.persistence.contract;

import static com.routebook.adapter.persistence.testing.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ServiceProvider;
import com.routebook.domain.routing.DocumentId;
import com.routebook.domain.routing.DocumentRecord;
import com.routebook.domain.routing.DocumentReference;
import com.routebook.domain.routing.MatchedBy;
import com.routebook.domain.routing.Outcome;
import com.routebook.domain.routing.Recipient;
import com.routebook.domain.routing.RoutingDecision;
import com.routebook.domain.routing.StopReason;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the tenants' document logs must do on every database. */
abstract class DocumentLogContract extends PersistenceTestBase {

  @Test
  void a_routed_document_is_kept_and_read_back_whole() {
    DocumentRecord routed = routed("INV-1");

    documents.keepAll(tenantA, List.of(routed));

    assertThat(documents.find(tenantA, new DocumentId("INV-1"))).contains(routed);
  }

  @Test
  void a_stopped_document_is_kept_with_its_reason_message_and_path() {
    DocumentRecord stopped = stopped("INV-2");

    documents.keepAll(tenantA, List.of(stopped));

    assertThat(documents.find(tenantA, new DocumentId("INV-2"))).contains(stopped);
  }

  @Test
  void keeping_a_document_again_replaces_it() {
    documents.keepAll(tenantA, List.of(stopped("INV-1")));
    DocumentRecord resent =
        stopped("INV-1").redecided(routed("INV-1").decision(), NOW.plusSeconds(60));

    documents.keepAll(tenantA, List.of(resent));

    assertThat(documents.find(tenantA, new DocumentId("INV-1"))).contains(resent);
    assertThat(documents.findStopped(tenantA)).isEmpty();
  }

  @Test
  void many_documents_are_found_at_once_and_stopped_ones_listed_by_document_id() {
    documents.keepAll(
        tenantA, List.of(stopped("b-2"), routed("A-1"), stopped("B-1"), stopped("a-9")));

    assertThat(
            documents.findAll(
                tenantA, Set.of(new DocumentId("A-1"), new DocumentId("B-1"), new DocumentId("x"))))
        .extracting(DocumentRecord::documentId)
        .containsExactly(new DocumentId("A-1"), new DocumentId("B-1"));
    assertThat(documents.findStopped(tenantA))
        .extracting(r -> r.documentId().value())
        .containsExactly("B-1", "a-9", "b-2");
  }

  @Test
  void documents_are_listed_in_pages_by_document_id_optionally_of_one_outcome() {
    documents.keepAll(
        tenantA, List.of(stopped("D-4"), routed("D-1"), stopped("D-3"), routed("D-2")));

    Page<DocumentRecord> first = documents.list(tenantA, null, new PageRequest(0, 3));
    Page<DocumentRecord> stoppedOnly =
        documents.list(tenantA, Outcome.STOPPED, new PageRequest(0, 3));

    assertThat(first.items())
        .extracting(r -> r.documentId().value())
        .containsExactly("D-1", "D-2", "D-3");
    assertThat(first.total()).isEqualTo(4);
    assertThat(stoppedOnly.items())
        .extracting(r -> r.documentId().value())
        .containsExactly("D-3", "D-4");
    assertThat(stoppedOnly.total()).isEqualTo(2);
  }

  @Test
  void deleting_answers_whether_there_was_a_document() {
    documents.keepAll(tenantA, List.of(stopped("INV-1")));

    assertThat(documents.delete(tenantA, new DocumentId("INV-1"))).isTrue();
    assertThat(documents.delete(tenantA, new DocumentId("INV-1"))).isFalse();
    assertThat(documents.find(tenantA, new DocumentId("INV-1"))).isEmpty();
  }

  @Test
  void another_tenant_neither_sees_nor_replaces_nor_deletes_a_document_with_the_same_id() {
    DocumentRecord mine = stopped("INV-1");
    documents.keepAll(tenantA, List.of(mine));

    assertThat(documents.find(tenantB, new DocumentId("INV-1"))).isEmpty();
    assertThat(documents.findAll(tenantB, Set.of(new DocumentId("INV-1")))).isEmpty();
    assertThat(documents.findStopped(tenantB)).isEmpty();
    assertThat(documents.list(tenantB, null, PageRequest.first()).total()).isZero();
    assertThat(documents.delete(tenantB, new DocumentId("INV-1"))).isFalse();
    documents.keepAll(tenantB, List.of(routed("INV-1")));

    assertThat(documents.find(tenantA, new DocumentId("INV-1"))).contains(mine);
    assertThat(documents.find(tenantB, new DocumentId("INV-1")).orElseThrow().isStopped())
        .isFalse();
  }

  static DocumentRecord routed(String id) {
    DocumentReference reference =
        DocumentReference.of(id)
            .with(MatchedBy.CUSTOMER_NUMBER, "A-1")
            .with(MatchedBy.GLN, "7300010000001");
    RoutingDecision decision =
        RoutingDecision.routed(
            reference.documentId(),
            new Recipient(new ParticipantId("p-1"), "Acme Paper AB", "0007:5560360793"),
            new ServiceProvider(
                new com.routebook.domain.participant.ServiceProviderId("sp-1"), "Pagero"),
            MatchedBy.CUSTOMER_NUMBER,
            new CustomerId("c-1"),
            List.of("GLN 7300010000001 points to \"Other AB\""),
            List.of("customer number A-1: customer c-1 (ACTIVE)", "routed\nwith a line break"));
    return new DocumentRecord(reference, decision, NOW, NOW.plusMillis(5));
  }

  static DocumentRecord stopped(String id) {
    DocumentReference reference = DocumentReference.of(id).with(MatchedBy.VAT, "SE556036079301");
    RoutingDecision decision =
        RoutingDecision.stopped(
            reference.documentId(),
            StopReason.NO_MATCH,
            null,
            null,
            null,
            List.of(),
            List.of(
                "VAT SE556036079301: 0 participant(s) in the registry", "no reference matched"));
    return new DocumentRecord(reference, decision, NOW, NOW);
  }
}
