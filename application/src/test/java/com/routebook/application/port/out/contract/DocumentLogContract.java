package com.routebook.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.out.DocumentLog;
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
import com.routebook.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link DocumentLog}; each test uses fresh tenants. */
public abstract class DocumentLogContract {

  private static final Instant RECEIVED = Instant.parse("2026-03-01T08:00:00Z");

  protected DocumentLog log;
  protected final TenantId tenantA = new TenantId("a-" + UUID.randomUUID());
  protected final TenantId tenantB = new TenantId("b-" + UUID.randomUUID());

  /** The document log under test. */
  protected abstract DocumentLog newDocumentLog();

  @BeforeEach
  void createPort() {
    log = newDocumentLog();
  }

  /** A stopped document carrying every kind of reference. */
  protected static DocumentRecord stopped(String id) {
    DocumentReference reference =
        new DocumentReference(
            new DocumentId(id),
            "A-1",
            "0007:5560360793",
            "003712345671",
            "SE4550000000058398257466",
            "7350000000009",
            "5560360793",
            "SE556036079301");
    return new DocumentRecord(
        reference,
        RoutingDecision.stopped(
            reference.documentId(),
            StopReason.NO_MATCH,
            null,
            null,
            null,
            List.of(),
            List.of(
                "CUSTOMER_NUMBER \"A-1\": no customer in your directory", "no reference matched")),
        RECEIVED,
        RECEIVED);
  }

  /** A routed document with recipient, provider, customer and a warning. */
  protected static DocumentRecord routed(String id) {
    DocumentReference reference = DocumentReference.of(id).with(MatchedBy.CUSTOMER_NUMBER, "B-2");
    return new DocumentRecord(
        reference,
        RoutingDecision.routed(
            reference.documentId(),
            new Recipient(new ParticipantId("p-1"), "Acme AB", "0007:5560360793"),
            ServiceProvider.named("Access"),
            MatchedBy.CUSTOMER_NUMBER,
            new CustomerId("c-1"),
            List.of("a warning"),
            List.of("step 1", "step 2")),
        RECEIVED,
        RECEIVED.plusSeconds(1));
  }

  @Test
  void a_kept_document_is_found_whole() {
    DocumentRecord stop = stopped("S-1");
    DocumentRecord go = routed("R-1");

    log.keepAll(tenantA, List.of(stop, go));

    assertThat(log.find(tenantA, stop.documentId())).contains(stop);
    assertThat(log.find(tenantA, go.documentId())).contains(go);
    assertThat(log.find(tenantA, new DocumentId("none"))).isEmpty();
    assertThat(log.findAll(tenantA, Set.of(stop.documentId(), new DocumentId("none"))))
        .containsExactly(stop);
  }

  @Test
  void keeping_a_document_again_replaces_its_decision() {
    DocumentRecord stop = stopped("D-1");
    log.keepAll(tenantA, List.of(stop));
    DocumentRecord resent = stop.redecided(routed("D-1").decision(), RECEIVED.plusSeconds(60));

    log.keepAll(tenantA, List.of(resent));

    assertThat(log.find(tenantA, stop.documentId())).contains(resent);
    assertThat(log.findStopped(tenantA)).isEmpty();
  }

  @Test
  void stopped_documents_and_pages_are_sorted_by_document_id() {
    log.keepAll(tenantA, List.of(stopped("C"), routed("B"), stopped("A")));

    assertThat(log.findStopped(tenantA))
        .extracting(r -> r.documentId().value())
        .containsExactly("A", "C");
    Page<DocumentRecord> page = log.list(tenantA, null, new PageRequest(0, 2));
    assertThat(page.total()).isEqualTo(3);
    assertThat(page.items()).extracting(r -> r.documentId().value()).containsExactly("A", "B");
    assertThat(log.list(tenantA, Outcome.ROUTED, PageRequest.first()).items())
        .extracting(r -> r.documentId().value())
        .containsExactly("B");
    assertThat(log.list(tenantA, Outcome.STOPPED, new PageRequest(1, 1)).items())
        .extracting(r -> r.documentId().value())
        .containsExactly("C");
  }

  @Test
  void deleting_answers_whether_there_was_a_document() {
    log.keepAll(tenantA, List.of(stopped("X")));

    assertThat(log.delete(tenantA, new DocumentId("X"))).isTrue();
    assertThat(log.delete(tenantA, new DocumentId("X"))).isFalse();
    assertThat(log.find(tenantA, new DocumentId("X"))).isEmpty();
  }

  @Test
  void two_tenants_keep_documents_with_the_same_id_apart() {
    DocumentRecord mine = stopped("SAME");
    DocumentRecord theirs = routed("SAME");
    log.keepAll(tenantA, List.of(mine));
    log.keepAll(tenantB, List.of(theirs));

    assertThat(log.find(tenantA, mine.documentId())).contains(mine);
    assertThat(log.find(tenantB, mine.documentId())).contains(theirs);
    assertThat(log.findStopped(tenantB)).isEmpty();
    assertThat(log.list(tenantB, null, PageRequest.first()).items()).containsExactly(theirs);
    assertThat(log.findAll(tenantB, Set.of(mine.documentId()))).containsExactly(theirs);
    assertThat(log.delete(tenantB, mine.documentId())).isTrue();
    assertThat(log.find(tenantA, mine.documentId())).contains(mine);
  }
}
