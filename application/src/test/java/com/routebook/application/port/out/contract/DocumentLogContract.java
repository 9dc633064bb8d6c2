package com.routebook.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.application.port.DocumentFilter;
import com.routebook.application.port.DocumentSort;
import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.out.DocumentLog;
import com.routebook.domain.Explanation;
import com.routebook.domain.ExplanationCode;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.identifier.IdentifierScheme;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ParticipantStatus;
import com.routebook.domain.participant.ServiceProvider;
import com.routebook.domain.routing.DocumentId;
import com.routebook.domain.routing.DocumentRecord;
import com.routebook.domain.routing.DocumentReference;
import com.routebook.domain.routing.MatchedBy;
import com.routebook.domain.routing.Outcome;
import com.routebook.domain.routing.Recipient;
import com.routebook.domain.routing.RoutingDecision;
import com.routebook.domain.routing.StopReason;
import com.routebook.domain.search.SearchPattern;
import com.routebook.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link DocumentLog}; each test uses fresh tenants. */
public abstract class DocumentLogContract {

  private static final Instant RECEIVED = Instant.parse("2026-03-01T08:00:00Z");
  private static final CustomerNumber A_1 = new CustomerNumber("A-1");
  private static final Identifier VAT = new Identifier(IdentifierScheme.VAT, "SE556036079301");
  private static final Identifier GLN = new Identifier(IdentifierScheme.GLN, "7350000000009");

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
    return stoppedWith(
        new DocumentReference(
            new DocumentId(id),
            "A-1",
            "0007:5560360793",
            "003712345671",
            "SE4550000000058398257466",
            "7350000000009",
            "5560360793",
            "SE556036079301"));
  }

  /** A stopped document with these references. */
  protected static DocumentRecord stoppedWith(DocumentReference reference) {
    return new DocumentRecord(
        reference,
        RoutingDecision.stopped(
            reference.documentId(),
            StopReason.NO_MATCH,
            null,
            null,
            null,
            List.of(),
            List.of(Explanation.of(ExplanationCode.NO_REFERENCE_MATCHED))),
        RECEIVED,
        RECEIVED);
  }

  /** A stopped document carrying every kind of reference, with a longer path. */
  protected static DocumentRecord stoppedInDetail(String id) {
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
                Explanation.of(ExplanationCode.NO_CUSTOMER, MatchedBy.CUSTOMER_NUMBER, "A-1"),
                Explanation.of(
                    ExplanationCode.REGISTRY_MATCHES, MatchedBy.VAT, "SE556036079301", 0),
                Explanation.of(ExplanationCode.NO_REFERENCE_MATCHED))),
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
            List.of(
                Explanation.of(
                    ExplanationCode.MISROUTING,
                    MatchedBy.E_ADDRESS,
                    "0007:5560360793",
                    List.of(
                        Explanation.of(
                            ExplanationCode.PARTICIPANT,
                            "Other AB",
                            "p-2",
                            ParticipantStatus.DEACTIVATED)),
                    "Acme AB")),
            List.of(
                Explanation.of(
                    ExplanationCode.CUSTOMER_OF_PARTICIPANT,
                    MatchedBy.CUSTOMER_NUMBER,
                    "B-2",
                    "c-1",
                    CustomerState.ACTIVE,
                    Explanation.of(
                        ExplanationCode.PARTICIPANT, "Acme AB", "p-1", ParticipantStatus.ACTIVE)),
                Explanation.of(ExplanationCode.ROUTED, "0007:5560360793", "Access"))),
        RECEIVED,
        RECEIVED.plusSeconds(1));
  }

  @Test
  void a_kept_document_is_found_whole() {
    DocumentRecord stop = stoppedInDetail("S-1");
    DocumentRecord go = routed("R-1");

    log.keepAll(tenantA, List.of(stop, go));

    assertThat(log.find(tenantA, stop.documentId())).contains(stop);
    assertThat(log.find(tenantA, go.documentId())).contains(go);
    assertThat(log.find(tenantA, new DocumentId("none"))).isEmpty();
    assertThat(log.findAll(tenantA, Set.of(stop.documentId(), new DocumentId("none"))))
        .containsExactly(stop);
  }

  @Test
  void text_with_quotes_backslashes_tabs_and_line_breaks_comes_back_as_kept() {
    String awkward = "say \"hi\" \\ back\\slash\ttab\nline\rreturn \u0001 end";
    DocumentReference reference =
        DocumentReference.of("S-\\\"odd\"").with(MatchedBy.CUSTOMER_NUMBER, "C\\1");
    DocumentRecord odd =
        new DocumentRecord(
            reference,
            RoutingDecision.stopped(
                reference.documentId(),
                StopReason.NO_MATCH,
                null,
                null,
                null,
                List.of(Explanation.text(awkward)),
                List.of(
                    Explanation.text(awkward),
                    Explanation.text(""),
                    Explanation.of(
                        ExplanationCode.ACTIVE_PARTICIPANTS,
                        -2,
                        List.of(
                            Explanation.of(
                                ExplanationCode.PARTICIPANT,
                                awkward,
                                "{\"code\":\"TEXT\"}",
                                ParticipantStatus.ACTIVE))),
                    Explanation.of(ExplanationCode.ACTIVE_PARTICIPANTS, 0, List.of()),
                    Explanation.text("plain"))),
            RECEIVED,
            RECEIVED);

    log.keepAll(tenantA, List.of(odd, routed("R-plain")));

    assertThat(log.find(tenantA, odd.documentId())).contains(odd);
  }

  @Test
  void an_explanation_of_every_code_comes_back_as_kept() {
    List<Explanation> every = new ArrayList<>();
    for (ExplanationCode code : ExplanationCode.values()) {
      Object[] arguments = new Object[code.arity()];
      for (int i = 0; i < arguments.length; i++) {
        arguments[i] = i % 2 == 0 ? code.name().toLowerCase() + i : i;
      }
      every.add(Explanation.of(code, arguments));
    }
    DocumentReference reference = DocumentReference.of("S-every");
    DocumentRecord kept =
        new DocumentRecord(
            reference,
            RoutingDecision.stopped(
                reference.documentId(), StopReason.NO_MATCH, null, null, null, every, every),
            RECEIVED,
            RECEIVED);

    log.keepAll(tenantA, List.of(kept));

    assertThat(log.find(tenantA, kept.documentId())).contains(kept);
  }

  @Test
  void keeping_a_document_again_replaces_its_decision() {
    DocumentRecord stop = stopped("D-1");
    log.keepAll(tenantA, List.of(stop));
    DocumentRecord resent = stop.redecided(routed("D-1").decision(), RECEIVED.plusSeconds(60));

    log.keepAll(tenantA, List.of(resent));

    assertThat(log.find(tenantA, stop.documentId())).contains(resent);
    assertThat(log.list(tenantA, Outcome.STOPPED, PageRequest.first()).items()).isEmpty();
    assertThat(log.findStoppedReferencing(tenantA, Set.of(A_1), Set.of(VAT))).isEmpty();
  }

  @Test
  void thousands_of_documents_are_kept_in_one_call_and_replaced_in_another() {
    List<DocumentRecord> many = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      many.add(
          i % 10 == 0 ? stopped(String.format("M-%04d", i)) : routed(String.format("M-%04d", i)));
    }
    log.keepAll(tenantA, many);
    List<DocumentRecord> replaced =
        many.stream()
            .map(
                r ->
                    r.redecided(routed(r.documentId().value()).decision(), RECEIVED.plusSeconds(9)))
            .toList();

    assertThat(log.list(tenantA, null, new PageRequest(0, 5)).total()).isEqualTo(2_000);
    assertThat(log.list(tenantA, Outcome.STOPPED, new PageRequest(0, 500)).items())
        .hasSize(200)
        .allMatch(many::contains);
    assertThat(log.findStoppedReferencing(tenantA, Set.of(A_1), Set.of())).hasSize(200);
    assertThat(log.findAll(tenantA, Set.of(new DocumentId("M-0000"), new DocumentId("M-1999"))))
        .containsExactly(many.get(0), many.get(1999));
    log.keepAll(tenantA, replaced);
    assertThat(log.list(tenantA, null, new PageRequest(3, 500)).items())
        .containsExactlyElementsOf(replaced.subList(1500, 2000));
    assertThat(log.list(tenantA, Outcome.STOPPED, PageRequest.first()).total()).isZero();
    assertThat(log.findStoppedReferencing(tenantA, Set.of(A_1), Set.of(VAT))).isEmpty();
  }

  @Test
  void stopped_documents_are_found_by_their_customer_number_or_any_normalized_identifier() {
    DocumentRecord byAll = stopped("S-ALL");
    DocumentRecord byEAddress =
        stoppedWith(DocumentReference.of("S-E").with(MatchedBy.E_ADDRESS, " 0007: abc-1 "));
    DocumentRecord byVat =
        stoppedWith(DocumentReference.of("S-V").with(MatchedBy.VAT, "se 5560.3607-9301"));
    DocumentRecord unparsable =
        stoppedWith(
            DocumentReference.of("S-X")
                .with(MatchedBy.CUSTOMER_NUMBER, "A-1 but not a number")
                .with(MatchedBy.VAT, "-.-"));
    log.keepAll(tenantA, List.of(byVat, routed("R-1"), unparsable, byEAddress, byAll));

    assertThat(log.findStoppedReferencing(tenantA, Set.of(A_1), Set.of())).containsExactly(byAll);
    assertThat(log.findStoppedReferencing(tenantA, Set.of(new CustomerNumber("B-2")), Set.of()))
        .isEmpty();
    assertThat(log.findStoppedReferencing(tenantA, Set.of(new CustomerNumber("a-1")), Set.of()))
        .isEmpty();
    assertThat(log.findStoppedReferencing(tenantA, Set.of(), Set.of(VAT)))
        .containsExactly(byAll, byVat);
    assertThat(
            log.findStoppedReferencing(
                tenantA,
                Set.of(new CustomerNumber("Z-9")),
                Set.of(new Identifier(IdentifierScheme.E_ADDRESS, "0007:ABC-1"), GLN)))
        .containsExactly(byAll, byEAddress);
    assertThat(
            log.findStoppedReferencing(
                tenantA,
                Set.of(),
                Set.of(new Identifier(IdentifierScheme.ORGANIZATION_NUMBER, "SE556036079301"))))
        .isEmpty();
    assertThat(log.findStoppedReferencing(tenantA, Set.of(), Set.of())).isEmpty();
  }

  @Test
  void a_stopped_document_routed_or_deleted_later_is_no_longer_found_by_its_keys() {
    DocumentRecord first = stopped("K-1");
    DocumentRecord second = stopped("K-2");
    DocumentRecord third = stopped("K-3");
    log.keepAll(tenantA, List.of(first, second, third));

    log.keepAll(tenantA, List.of(first.redecided(routed("K-1").decision(), RECEIVED)));
    log.delete(tenantA, second.documentId());
    DocumentRecord otherNumber =
        stoppedWith(DocumentReference.of("K-3").with(MatchedBy.CUSTOMER_NUMBER, "C-3"));
    log.keepAll(tenantA, List.of(otherNumber));

    assertThat(log.findStoppedReferencing(tenantA, Set.of(A_1), Set.of(VAT, GLN))).isEmpty();
    assertThat(log.findStoppedReferencing(tenantA, Set.of(new CustomerNumber("C-3")), Set.of()))
        .containsExactly(otherNumber);
    log.keepAll(tenantA, List.of(second));
    assertThat(log.findStoppedReferencing(tenantA, Set.of(A_1), Set.of())).containsExactly(second);
  }

  @Test
  void stopped_documents_and_pages_are_sorted_by_document_id() {
    log.keepAll(
        tenantA, List.of(stopped("C"), routed("B"), stopped("A"), stopped("a"), stopped("B-")));

    assertThat(log.findStoppedReferencing(tenantA, Set.of(A_1), Set.of()))
        .extracting(r -> r.documentId().value())
        .containsExactly("A", "B-", "C", "a");
    log.delete(tenantA, new DocumentId("a"));
    log.delete(tenantA, new DocumentId("B-"));
    assertThat(log.findStoppedReferencing(tenantA, Set.of(A_1), Set.of()))
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
    assertThat(log.findStoppedReferencing(tenantB, Set.of(A_1), Set.of(VAT))).isEmpty();
    assertThat(log.findStoppedReferencing(tenantA, Set.of(A_1), Set.of(VAT))).containsExactly(mine);
    assertThat(log.list(tenantB, null, PageRequest.first()).items()).containsExactly(theirs);
    assertThat(log.findAll(tenantB, Set.of(mine.documentId()))).containsExactly(theirs);
    assertThat(log.delete(tenantB, mine.documentId())).isTrue();
    assertThat(log.find(tenantA, mine.documentId())).contains(mine);
    log.keepAll(tenantB, List.of(stopped("SAME")));
    log.delete(tenantB, mine.documentId());
    assertThat(log.findStoppedReferencing(tenantA, Set.of(A_1), Set.of())).containsExactly(mine);
  }

  /** A stopped document of that reason, customer number and arrival. */
  protected static DocumentRecord stoppedAt(
      String id, StopReason reason, String customerNumber, Instant receivedAt) {
    DocumentReference reference =
        DocumentReference.of(id).with(MatchedBy.CUSTOMER_NUMBER, customerNumber);
    return new DocumentRecord(
        reference,
        RoutingDecision.stopped(
            reference.documentId(),
            reason,
            null,
            null,
            null,
            List.of(),
            List.of(Explanation.of(ExplanationCode.NO_REFERENCE_MATCHED))),
        receivedAt,
        receivedAt);
  }

  private List<String> ids(DocumentFilter filter, DocumentSort sort) {
    return log.list(tenantA, filter, sort, new PageRequest(0, 500)).items().stream()
        .map(r -> r.documentId().value())
        .toList();
  }

  private void keepFiltered() {
    log.keepAll(
        tenantA,
        List.of(
            stoppedAt("F-1", StopReason.NO_MATCH, "N-10", RECEIVED),
            stoppedAt("F-2", StopReason.CUSTOMER_INACTIVE, "N-20", RECEIVED.plusSeconds(60)),
            stoppedAt("F-3", StopReason.NO_MATCH, "N-20", RECEIVED.plusSeconds(120)),
            stoppedAt("F-4", StopReason.AMBIGUOUS_RECIPIENT, "AB", RECEIVED.plusSeconds(120)),
            routed("F-5")));
    log.keepAll(tenantB, List.of(stoppedAt("F-9", StopReason.NO_MATCH, "N-10", RECEIVED)));
  }

  @Test
  void documents_are_listed_newest_first_oldest_first_or_by_id() {
    keepFiltered();

    assertThat(ids(DocumentFilter.ALL, DocumentSort.NEWEST_FIRST))
        .containsExactly("F-3", "F-4", "F-2", "F-1", "F-5");
    assertThat(ids(DocumentFilter.ALL, DocumentSort.OLDEST_FIRST))
        .containsExactly("F-1", "F-5", "F-2", "F-3", "F-4");
    assertThat(ids(DocumentFilter.ALL, DocumentSort.DOCUMENT_ID))
        .containsExactly("F-1", "F-2", "F-3", "F-4", "F-5");
    Page<DocumentRecord> second =
        log.list(tenantA, DocumentFilter.ALL, DocumentSort.NEWEST_FIRST, new PageRequest(1, 2));
    assertThat(second.total()).isEqualTo(5);
    assertThat(second.items())
        .extracting(r -> r.documentId().value())
        .containsExactly("F-2", "F-1");
  }

  @Test
  void documents_are_filtered_by_outcome_reason_customer_number_time_and_pattern() {
    keepFiltered();
    DocumentFilter stopped = DocumentFilter.ofOutcome(Outcome.STOPPED);

    assertThat(ids(stopped.withReason(StopReason.NO_MATCH), DocumentSort.DOCUMENT_ID))
        .containsExactly("F-1", "F-3");
    assertThat(
            ids(
                new DocumentFilter(null, null, null, " N-20 ", null, null),
                DocumentSort.DOCUMENT_ID))
        .containsExactly("F-2", "F-3");
    assertThat(
            ids(
                new DocumentFilter(
                    Outcome.STOPPED,
                    null,
                    null,
                    null,
                    RECEIVED.plusSeconds(60),
                    RECEIVED.plusSeconds(120)),
                DocumentSort.DOCUMENT_ID))
        .containsExactly("F-2");
    assertThat(ids(pattern("*20"), DocumentSort.DOCUMENT_ID)).containsExactly("F-2", "F-3");
    assertThat(ids(pattern("F-4"), DocumentSort.DOCUMENT_ID)).containsExactly("F-4");
    assertThat(ids(pattern("*B*"), DocumentSort.DOCUMENT_ID)).containsExactly("F-4", "F-5");
    assertThat(ids(pattern("*"), DocumentSort.DOCUMENT_ID)).hasSize(5);
    assertThat(ids(patternIgnoringCase("*ab"), DocumentSort.DOCUMENT_ID)).containsExactly("F-4");
    assertThat(ids(pattern("*ab"), DocumentSort.DOCUMENT_ID)).isEmpty();
    assertThat(ids(pattern("*_*"), DocumentSort.DOCUMENT_ID)).isEmpty();
  }

  private static DocumentFilter pattern(String query) {
    return new DocumentFilter(null, null, SearchPattern.parse(query, true), null, null, null);
  }

  private static DocumentFilter patternIgnoringCase(String query) {
    return new DocumentFilter(null, null, SearchPattern.parse(query, false), null, null, null);
  }

  @Test
  void stopped_documents_are_counted_per_reason_over_the_filter() {
    keepFiltered();

    assertThat(log.countByReason(tenantA, DocumentFilter.ALL))
        .containsEntry(StopReason.NO_MATCH, 2L)
        .containsEntry(StopReason.CUSTOMER_INACTIVE, 1L)
        .containsEntry(StopReason.AMBIGUOUS_RECIPIENT, 1L)
        .containsEntry(StopReason.RECIPIENT_NON_EXISTING, 0L)
        .hasSize(StopReason.values().length);
    assertThat(log.countByReason(tenantA, new DocumentFilter(null, null, null, "N-20", null, null)))
        .containsEntry(StopReason.NO_MATCH, 1L)
        .containsEntry(StopReason.CUSTOMER_INACTIVE, 1L)
        .containsEntry(StopReason.AMBIGUOUS_RECIPIENT, 0L);
    assertThat(log.countByReason(tenantB, DocumentFilter.ALL))
        .containsEntry(StopReason.NO_MATCH, 1L)
        .containsEntry(StopReason.CUSTOMER_INACTIVE, 0L);
  }

  @Test
  void stopped_documents_of_a_filter_are_found_up_to_a_limit_by_document_id() {
    keepFiltered();

    assertThat(log.findStopped(tenantA, DocumentFilter.ALL, 10))
        .extracting(r -> r.documentId().value())
        .containsExactly("F-1", "F-2", "F-3", "F-4");
    assertThat(log.findStopped(tenantA, DocumentFilter.ALL, 2))
        .extracting(r -> r.documentId().value())
        .containsExactly("F-1", "F-2");
    assertThat(log.findStopped(tenantA, DocumentFilter.ofOutcome(Outcome.ROUTED), 10)).isEmpty();
    assertThat(log.findStopped(tenantB, DocumentFilter.ALL, 10))
        .extracting(r -> r.documentId().value())
        .containsExactly("F-9");
  }

  @Test
  void stopped_documents_are_deleted_by_ids_routed_ones_and_other_tenants_stay() {
    keepFiltered();

    int deleted =
        log.deleteStopped(
            tenantA,
            Set.of(
                new DocumentId("F-1"),
                new DocumentId("F-5"),
                new DocumentId("F-9"),
                new DocumentId("none")));

    assertThat(deleted).isEqualTo(1);
    assertThat(ids(DocumentFilter.ALL, DocumentSort.DOCUMENT_ID))
        .containsExactly("F-2", "F-3", "F-4", "F-5");
    assertThat(log.find(tenantB, new DocumentId("F-9"))).isPresent();
    assertThat(log.deleteStopped(tenantA, Set.of())).isZero();
  }

  @Test
  void stopped_documents_are_deleted_by_filter_with_their_keys() {
    keepFiltered();

    assertThat(log.deleteStopped(tenantA, new DocumentFilter(null, null, null, "N-20", null, null)))
        .isEqualTo(2);
    assertThat(log.deleteStopped(tenantA, DocumentFilter.ofOutcome(Outcome.ROUTED))).isZero();
    assertThat(ids(DocumentFilter.ALL, DocumentSort.DOCUMENT_ID))
        .containsExactly("F-1", "F-4", "F-5");
    assertThat(
            log.findStoppedReferencing(
                tenantA, Set.of(new CustomerNumber("N-20"), new CustomerNumber("AB")), Set.of()))
        .extracting(r -> r.documentId().value())
        .containsExactly("F-4");
    assertThat(log.deleteStopped(tenantA, DocumentFilter.ALL)).isEqualTo(2);
    assertThat(ids(DocumentFilter.ALL, DocumentSort.DOCUMENT_ID)).containsExactly("F-5");
    assertThat(log.find(tenantB, new DocumentId("F-9"))).isPresent();
  }
}
