package com.routebook.application.service.routing;

import static com.routebook.application.fixture.CustomerFixture.TENANT_A;
import static com.routebook.application.fixture.CustomerFixture.TENANT_B;
import static com.routebook.application.fixture.CustomerFixture.aCustomer;
import static com.routebook.application.fixture.ParticipantFixture.aParticipant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.application.fake.InMemoryCurrentUser;
import com.routebook.application.fixture.TestWorld;
import com.routebook.application.fixture.ValidIdentifiers;
import com.routebook.application.port.DocumentFilter;
import com.routebook.application.port.DocumentSort;
import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.in.directory.AddCustomerUseCase.AddCustomerCommand;
import com.routebook.application.port.in.directory.CustomerVersionCommand;
import com.routebook.application.port.in.directory.CustomerView;
import com.routebook.application.port.in.routing.ListDocumentsUseCase.ListDocumentsQuery;
import com.routebook.application.port.in.routing.RouteDocumentsUseCase.RouteDocumentsCommand;
import com.routebook.application.port.out.DocumentLog;
import com.routebook.domain.ConflictException;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.ForbiddenException;
import com.routebook.domain.Input;
import com.routebook.domain.NotFoundException;
import com.routebook.domain.Rule;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.customer.CustomerNumbers;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.identifier.IdentifierScheme;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.routing.DirectoryMode;
import com.routebook.domain.routing.DocumentId;
import com.routebook.domain.routing.DocumentRecord;
import com.routebook.domain.routing.DocumentReference;
import com.routebook.domain.routing.MatchedBy;
import com.routebook.domain.routing.Outcome;
import com.routebook.domain.routing.RoutingDecision;
import com.routebook.domain.routing.StopReason;
import com.routebook.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RoutingServiceTest {

  private final TestWorld world = new TestWorld();
  private final RoutingService service = world.routingService;

  private static DocumentReference doc(String id, MatchedBy kind, String value) {
    return DocumentReference.of(id).with(kind, value);
  }

  private RoutingDecision routeOne(DocumentReference document) {
    return service.route(new RouteDocumentsCommand(List.of(document))).get(0);
  }

  @Test
  void an_unmatched_document_is_stopped_and_kept() {
    RoutingDecision decision = routeOne(doc("INV-7", MatchedBy.CUSTOMER_NUMBER, "NOPE"));

    assertThat(decision.reason()).isEqualTo(StopReason.NO_MATCH);
    DocumentRecord kept = world.documentLog.find(TENANT_A, new DocumentId("INV-7")).orElseThrow();
    assertThat(kept.decision()).isEqualTo(decision);
    assertThat(kept.receivedAt()).isEqualTo(world.clock.now());
  }

  @Test
  void a_customer_number_routes_to_the_customer_of_the_callers_tenant_only() {
    Customer mine = world.given(aCustomer().withNumbers("A-1"));
    world.given(aCustomer().inTenant(TENANT_B).withNumbers("B-only"));

    RoutingDecision toMine = routeOne(doc("D1", MatchedBy.CUSTOMER_NUMBER, "A-1"));
    RoutingDecision toTheirs = routeOne(doc("D2", MatchedBy.CUSTOMER_NUMBER, "B-only"));

    assertThat(toMine.outcome()).isEqualTo(Outcome.ROUTED);
    assertThat(toMine.customerId()).isEqualTo(mine.id());
    assertThat(toTheirs.reason()).isEqualTo(StopReason.NO_MATCH);
  }

  @Test
  void a_registry_reference_to_an_inactive_customer_is_stopped_as_inactive() {
    Customer c = world.given(aCustomer().inactive());
    Participant p = world.registry.findById(c.participantId()).orElseThrow();

    RoutingDecision decision = routeOne(doc("D", MatchedBy.E_ADDRESS, p.eAddressText()));

    assertThat(decision.reason()).isEqualTo(StopReason.CUSTOMER_INACTIVE);
    assertThat(decision.customerId()).isEqualTo(c.id());
  }

  @Test
  void test_routing_decides_like_routing_but_keeps_nothing() {
    world.given(aCustomer().withNumbers("A-1"));
    world.signedInAs(InMemoryCurrentUser.viewer(TENANT_A));

    RoutingDecision tested = service.testRouting(doc("T", MatchedBy.CUSTOMER_NUMBER, "A-1"));

    assertThat(tested.outcome()).isEqualTo(Outcome.ROUTED);
    assertThat(world.documentLog.find(TENANT_A, new DocumentId("T"))).isEmpty();
    assertThatThrownBy(() -> routeOne(doc("T", MatchedBy.CUSTOMER_NUMBER, "A-1")))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void the_tenants_closed_directory_reaches_only_its_customers() {
    Participant stranger = world.given(aParticipant());
    world.settings.changeDirectoryMode(TENANT_A, DirectoryMode.CLOSED);

    assertThat(routeOne(doc("D", MatchedBy.E_ADDRESS, stranger.eAddressText())).reason())
        .isEqualTo(StopReason.NO_MATCH);
    world.settings.changeDirectoryMode(TENANT_A, DirectoryMode.OPEN);
    assertThat(routeOne(doc("D", MatchedBy.E_ADDRESS, stranger.eAddressText())).outcome())
        .isEqualTo(Outcome.ROUTED);
  }

  @Test
  void routing_many_documents_gives_the_decisions_of_routing_each_alone() {
    List<DocumentReference> documents = mixedDocuments(new Random(42), 300);

    List<RoutingDecision> batch = service.route(new RouteDocumentsCommand(documents));
    List<RoutingDecision> oneByOne = documents.stream().map(service::testRouting).toList();

    assertThat(batch).containsExactlyElementsOf(oneByOne);
    assertThat(batch)
        .extracting(RoutingDecision::outcome)
        .contains(Outcome.ROUTED, Outcome.STOPPED);
    assertThat(batch)
        .extracting(RoutingDecision::reason)
        .contains(
            StopReason.NO_MATCH,
            StopReason.CUSTOMER_INACTIVE,
            StopReason.RECIPIENT_NON_EXISTING,
            StopReason.AMBIGUOUS_RECIPIENT);
  }

  @Test
  void a_batch_is_routed_with_at_most_one_query_per_look_up_kind_whatever_its_size() {
    List<DocumentReference> few = mixedDocuments(new Random(1), 5);
    List<DocumentReference> many = mixedDocuments(new Random(2), 2000);

    int small = queriesFor(few);
    int large = queriesFor(many);

    assertThat(large).isLessThanOrEqualTo(2).isEqualTo(small);
    assertThat(queriesFor(List.of(DocumentReference.of("NO-REFERENCES")))).isZero();
    assertThat(queriesFor(List.of(doc("N", MatchedBy.CUSTOMER_NUMBER, "A-1")))).isEqualTo(1);
  }

  @Test
  void participants_sharing_an_identifier_are_considered_by_name_whatever_the_store_order() {
    String gln = ValidIdentifiers.gln(424_242);
    Participant zeta =
        world.given(
            aParticipant().named("Zeta").withIdentifier(IdentifierScheme.GLN, gln).deactivated());
    Participant alpha =
        world.given(
            aParticipant().named("Alpha").withIdentifier(IdentifierScheme.GLN, gln).deactivated());

    RoutingDecision decision = routeOne(doc("G", MatchedBy.GLN, gln));

    assertThat(decision.reason()).isEqualTo(StopReason.RECIPIENT_NON_EXISTING);
    assertThat(decision.recipient().participantId()).isEqualTo(alpha.id());
    assertThat(decision.recipient().participantId()).isNotEqualTo(zeta.id());
  }

  private int queriesFor(List<DocumentReference> documents) {
    int before = world.routing.queries();
    world.resolver.resolveAll(TENANT_A, documents);
    return world.routing.queries() - before;
  }

  @Test
  void a_document_id_sent_twice_in_one_call_is_kept_once_with_its_last_reference() {
    world.given(aCustomer().withNumbers("A-1"));

    List<RoutingDecision> decisions =
        service.route(
            new RouteDocumentsCommand(
                List.of(
                    doc("TWICE", MatchedBy.CUSTOMER_NUMBER, "NONE"),
                    doc("TWICE", MatchedBy.CUSTOMER_NUMBER, "A-1"))));

    assertThat(decisions)
        .extracting(RoutingDecision::outcome)
        .containsExactly(Outcome.STOPPED, Outcome.ROUTED);
    assertThat(world.documentLog.list(TENANT_A, null, PageRequest.first()).items())
        .singleElement()
        .satisfies(r -> assertThat(r.isStopped()).isFalse());
  }

  @Test
  void at_most_ten_thousand_documents_are_routed_per_call() {
    List<DocumentReference> tooMany =
        IntStream.rangeClosed(1, 10_001).mapToObj(i -> DocumentReference.of("D" + i)).toList();
    assertThatThrownBy(() -> new RouteDocumentsCommand(tooMany))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new RouteDocumentsCommand(List.of()))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new RouteDocumentsCommand(null))
        .isInstanceOf(ValidationException.class);
    assertThat(new RouteDocumentsCommand(tooMany.subList(0, 10_000)).documents()).hasSize(10_000);
  }

  @Test
  void a_stopped_document_resent_after_the_directory_is_fixed_is_routed() {
    Participant p = world.given(aParticipant());
    routeOne(doc("INV-1", MatchedBy.CUSTOMER_NUMBER, "A-1"));
    world.directoryService.add(
        AddCustomerCommand.forParticipant(p.id(), CustomerNumbers.of("A-1"), null));

    RoutingDecision again = service.resend(new DocumentId("INV-1"));

    assertThat(again.outcome()).isEqualTo(Outcome.ROUTED);
    assertThat(world.documentLog.find(TENANT_A, new DocumentId("INV-1")).orElseThrow().isStopped())
        .isFalse();
    assertThatThrownBy(() -> service.resend(new DocumentId("INV-1")))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_STOPPED));
  }

  @Test
  void resending_several_refuses_all_when_one_is_unknown() {
    routeOne(doc("S1", MatchedBy.CUSTOMER_NUMBER, "A-1"));
    world.given(aCustomer().withNumbers("A-1"));

    assertThatThrownBy(
            () -> service.resendAll(List.of(new DocumentId("S1"), new DocumentId("nope"))))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.DOCUMENT_NOT_FOUND));
    assertThat(world.documentLog.find(TENANT_A, new DocumentId("S1")).orElseThrow().isStopped())
        .isTrue();
    assertThat(service.resendAll(List.of(new DocumentId("S1"), new DocumentId("S1"))))
        .singleElement()
        .extracting(RoutingDecision::outcome)
        .isEqualTo(Outcome.ROUTED);
  }

  @Test
  void the_stopped_documents_a_fixed_customer_now_matches_are_offered_and_resent_together() {
    Participant p = world.given(aParticipant());
    Participant other = world.given(aParticipant());
    service.route(
        new RouteDocumentsCommand(
            List.of(
                doc("M1", MatchedBy.CUSTOMER_NUMBER, "NEW-1"),
                doc("M2", MatchedBy.CUSTOMER_NUMBER, "NEW-2"),
                doc("X1", MatchedBy.CUSTOMER_NUMBER, "ELSE"),
                doc("R1", MatchedBy.E_ADDRESS, other.eAddressText()))));
    CustomerView added =
        world.directoryService.add(
            AddCustomerCommand.forParticipant(p.id(), CustomerNumbers.of("NEW-1", "NEW-2"), null));

    assertThat(service.stoppedDocumentsMatching(added.id()))
        .extracting(r -> r.documentId().value())
        .containsExactly("M1", "M2");
    List<RoutingDecision> resent = service.resendMatching(added.id());

    assertThat(resent).extracting(d -> d.documentId().value()).containsExactly("M1", "M2");
    assertThat(resent).allMatch(RoutingDecision::isRouted);
    assertThat(service.stoppedDocumentsMatching(added.id())).isEmpty();
    assertThat(service.resendMatching(added.id())).isEmpty();
    assertThat(world.documentLog.list(TENANT_A, Outcome.STOPPED, PageRequest.first()).items())
        .extracting(r -> r.documentId().value())
        .containsExactly("X1");
  }

  @Test
  void the_resend_offer_reads_and_reroutes_only_the_documents_that_refer_to_the_customer() {
    Participant p = world.given(aParticipant());
    Customer c = world.given(aCustomer().of(p).withNumbers("A-1"));
    Customer other = world.given(aCustomer().withNumbers("B-1").inactive());
    world.directoryService.deactivate(new CustomerVersionCommand(c.id(), 1));
    String organizationNumber =
        p.identifier(IdentifierScheme.ORGANIZATION_NUMBER).orElseThrow().value();
    List<DocumentReference> documents = new ArrayList<>();
    documents.add(doc("N1", MatchedBy.CUSTOMER_NUMBER, "A-1"));
    documents.add(
        doc("E1", MatchedBy.E_ADDRESS, p.eAddressText().toLowerCase().replace(":", ": ")));
    documents.add(doc("O1", MatchedBy.ORGANIZATION_NUMBER, organizationNumber));
    documents.add(
        doc("X1", MatchedBy.CUSTOMER_NUMBER, "B-1")
            .with(MatchedBy.ORGANIZATION_NUMBER, organizationNumber));
    for (int i = 0; i < 1_000; i++) {
      documents.add(doc("U" + i, MatchedBy.CUSTOMER_NUMBER, "UNKNOWN-" + i));
    }
    service.route(new RouteDocumentsCommand(documents));
    world.directoryService.activate(new CustomerVersionCommand(c.id(), 2));
    CountingDocumentLog counting = new CountingDocumentLog(world.documentLog);
    RoutingService offering =
        new RoutingService(
            world.resolver,
            counting,
            world.directory,
            world.registry,
            world.currentUser,
            world.clock);

    assertThat(offering.stoppedDocumentsMatching(c.id()))
        .extracting(r -> r.documentId().value())
        .containsExactly("E1", "N1", "O1");
    assertThat(counting.read).isEqualTo(4);
    assertThat(offering.resendMatching(c.id()))
        .extracting(d -> d.documentId().value())
        .containsExactly("E1", "N1", "O1");
    assertThat(counting.read).isEqualTo(8);
    assertThat(offering.stoppedDocumentsMatching(other.id())).isEmpty();
    assertThat(world.documentLog.list(TENANT_A, Outcome.STOPPED, PageRequest.first()).total())
        .isEqualTo(1_001);
  }

  /** The document log, counting the documents it hands out. */
  private static final class CountingDocumentLog implements DocumentLog {
    private final DocumentLog log;
    int read;

    CountingDocumentLog(DocumentLog log) {
      this.log = log;
    }

    private <T extends java.util.Collection<?>> T counted(T records) {
      read += records.size();
      return records;
    }

    @Override
    public void keepAll(TenantId tenantId, List<DocumentRecord> documents) {
      log.keepAll(tenantId, documents);
    }

    @Override
    public Optional<DocumentRecord> find(TenantId tenantId, DocumentId documentId) {
      Optional<DocumentRecord> found = log.find(tenantId, documentId);
      read += found.isPresent() ? 1 : 0;
      return found;
    }

    @Override
    public List<DocumentRecord> findAll(TenantId tenantId, Set<DocumentId> documentIds) {
      return counted(log.findAll(tenantId, documentIds));
    }

    @Override
    public List<DocumentRecord> findStoppedReferencing(
        TenantId tenantId, Set<CustomerNumber> customerNumbers, Set<Identifier> identifiers) {
      return counted(log.findStoppedReferencing(tenantId, customerNumbers, identifiers));
    }

    @Override
    public Page<DocumentRecord> list(
        TenantId tenantId, DocumentFilter filter, DocumentSort sort, PageRequest page) {
      Page<DocumentRecord> listed = log.list(tenantId, filter, sort, page);
      counted(listed.items());
      return listed;
    }

    @Override
    public Map<StopReason, Long> countByReason(TenantId tenantId, DocumentFilter filter) {
      return log.countByReason(tenantId, filter);
    }

    @Override
    public List<DocumentRecord> findStopped(TenantId tenantId, DocumentFilter filter, int limit) {
      return counted(log.findStopped(tenantId, filter, limit));
    }

    @Override
    public boolean delete(TenantId tenantId, DocumentId documentId) {
      return log.delete(tenantId, documentId);
    }

    @Override
    public int deleteStopped(TenantId tenantId, Set<DocumentId> documentIds) {
      return log.deleteStopped(tenantId, documentIds);
    }

    @Override
    public int deleteStopped(TenantId tenantId, DocumentFilter filter) {
      return log.deleteStopped(tenantId, filter);
    }
  }

  @Test
  void documents_matching_an_unknown_or_foreign_customer_are_not_found() {
    Customer theirs = world.given(aCustomer().inTenant(TENANT_B));
    assertThatThrownBy(() -> service.stoppedDocumentsMatching(theirs.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> service.resendMatching(new CustomerId("x")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void a_stopped_document_can_be_deleted_but_a_routed_one_cannot() {
    world.given(aCustomer().withNumbers("A-1"));
    service.route(
        new RouteDocumentsCommand(
            List.of(
                doc("STOP", MatchedBy.CUSTOMER_NUMBER, "NONE"),
                doc("GO", MatchedBy.CUSTOMER_NUMBER, "A-1"))));

    service.delete(new DocumentId("STOP"));

    assertThat(world.documentLog.find(TENANT_A, new DocumentId("STOP"))).isEmpty();
    assertThatThrownBy(() -> service.delete(new DocumentId("GO")))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_STOPPED));
    assertThatThrownBy(() -> service.delete(new DocumentId("STOP")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void another_tenants_documents_are_not_found() {
    routeOne(doc("MINE", MatchedBy.CUSTOMER_NUMBER, "X"));
    world.signedInAs(InMemoryCurrentUser.editor(TENANT_B));

    assertThatThrownBy(() -> service.resend(new DocumentId("MINE")))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> service.delete(new DocumentId("MINE")))
        .isInstanceOf(NotFoundException.class);
    assertThat(service.list(new ListDocumentsQuery(null, PageRequest.first())).total()).isZero();
  }

  @Test
  void documents_are_listed_by_outcome() {
    world.given(aCustomer().withNumbers("A-1"));
    service.route(
        new RouteDocumentsCommand(
            List.of(
                doc("B", MatchedBy.CUSTOMER_NUMBER, "NONE"),
                doc("A", MatchedBy.CUSTOMER_NUMBER, "A-1"),
                doc("C", MatchedBy.CUSTOMER_NUMBER, "NONE"))));

    assertThat(service.list(new ListDocumentsQuery(Outcome.STOPPED, PageRequest.first())).items())
        .extracting(r -> r.documentId().value())
        .containsExactly("B", "C");
    assertThat(service.list(new ListDocumentsQuery(null, PageRequest.first())).total())
        .isEqualTo(3);
  }

  @Test
  void stopped_documents_are_filtered_counted_resent_and_deleted_by_filter() {
    world.given(aCustomer().withNumbers("A-1"));
    service.route(
        new RouteDocumentsCommand(
            List.of(
                doc("S-1", MatchedBy.CUSTOMER_NUMBER, "N-1"),
                doc("S-2", MatchedBy.CUSTOMER_NUMBER, "N-2"),
                doc("S-3", MatchedBy.CUSTOMER_NUMBER, "N-2"),
                doc("GO", MatchedBy.CUSTOMER_NUMBER, "A-1"))));
    DocumentFilter n2 = new DocumentFilter(null, null, null, "N-2", null, null);

    assertThat(service.countByReason(DocumentFilter.ALL)).containsEntry(StopReason.NO_MATCH, 3L);
    assertThat(
            service
                .list(new ListDocumentsQuery(n2, DocumentSort.DOCUMENT_ID, PageRequest.first()))
                .items())
        .extracting(r -> r.documentId().value())
        .containsExactly("S-2", "S-3");
    world.given(aCustomer().withNumbers("N-2"));
    assertThat(service.resendFiltered(DocumentFilter.ALL))
        .extracting(d -> d.documentId().value() + " " + d.outcome())
        .containsExactly("S-1 STOPPED", "S-2 ROUTED", "S-3 ROUTED");
    assertThat(service.deleteFiltered(DocumentFilter.ALL)).isEqualTo(1);
    assertThat(service.list(new ListDocumentsQuery(null, PageRequest.first())).items())
        .extracting(r -> r.documentId().value())
        .containsExactlyInAnyOrder("S-2", "S-3", "GO");
    assertThat(service.resendFiltered(DocumentFilter.ofOutcome(Outcome.ROUTED))).isEmpty();
  }

  @Test
  void more_stopped_documents_than_one_call_routes_are_not_resent_by_filter() {
    List<DocumentRecord> many = new ArrayList<>();
    for (int i = 0; i <= ResendDocumentsUseCaseLimit.MAX; i++) {
      DocumentReference reference = doc("M-" + i, MatchedBy.CUSTOMER_NUMBER, "N-1");
      many.add(
          new DocumentRecord(
              reference,
              RoutingDecision.stopped(
                  reference.documentId(),
                  StopReason.NO_MATCH,
                  null,
                  null,
                  null,
                  List.of(),
                  List.of()),
              world.clock.now(),
              world.clock.now()));
    }
    world.documentLog.keepAll(TENANT_A, many);

    assertThatThrownBy(() -> service.resendFiltered(DocumentFilter.ALL))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.RESEND_TOO_MANY);
              assertThat(e.violations())
                  .containsExactly(
                      Violation.of(
                          Input.DOCUMENT_FILTER,
                          Rule.RESEND_COUNT,
                          ResendDocumentsUseCaseLimit.MAX,
                          (long) many.size()));
            });
    assertThat(
            service.resendFiltered(
                new DocumentFilter(null, null, null, null, null, world.clock.now())))
        .isEmpty();
  }

  /** The cap of a resend. */
  private static final class ResendDocumentsUseCaseLimit {
    static final int MAX =
        com.routebook.application.port.in.routing.ResendDocumentsUseCase.MAX_RESEND;
  }

  @Test
  void stopped_documents_are_deleted_by_ids_all_or_none() {
    world.given(aCustomer().withNumbers("A-1"));
    service.route(
        new RouteDocumentsCommand(
            List.of(
                doc("S-1", MatchedBy.CUSTOMER_NUMBER, "N-1"),
                doc("S-2", MatchedBy.CUSTOMER_NUMBER, "N-2"),
                doc("GO", MatchedBy.CUSTOMER_NUMBER, "A-1"))));
    List<DocumentId> withRouted = List.of(new DocumentId("S-1"), new DocumentId("GO"));

    assertThatThrownBy(() -> service.deleteAll(withRouted))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_STOPPED));
    assertThatThrownBy(() -> service.deleteAll(List.of(new DocumentId("none"))))
        .isInstanceOf(NotFoundException.class);
    assertThat(world.documentLog.find(TENANT_A, new DocumentId("S-1"))).isPresent();
    assertThat(service.deleteAll(List.of(new DocumentId("S-1"), new DocumentId("S-2"))))
        .isEqualTo(2);
    assertThat(world.documentLog.find(TENANT_A, new DocumentId("S-1"))).isEmpty();
  }

  @Test
  void a_viewer_sees_and_counts_stopped_documents_but_neither_resends_nor_deletes_them() {
    routeOne(doc("S-1", MatchedBy.CUSTOMER_NUMBER, "N-1"));
    world.signedInAs(InMemoryCurrentUser.viewer(TENANT_A));

    assertThat(service.countByReason(DocumentFilter.ALL)).containsEntry(StopReason.NO_MATCH, 1L);
    assertThatThrownBy(() -> service.resendFiltered(DocumentFilter.ALL))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> service.deleteFiltered(DocumentFilter.ALL))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> service.deleteAll(List.of(new DocumentId("S-1"))))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void a_deactivated_customer_stops_its_documents_until_activated() {
    Customer c = world.given(aCustomer().withNumbers("A-1"));
    world.directoryService.deactivate(new CustomerVersionCommand(c.id(), 1));

    assertThat(routeOne(doc("D", MatchedBy.CUSTOMER_NUMBER, "A-1")).reason())
        .isEqualTo(StopReason.CUSTOMER_INACTIVE);
    world.directoryService.activate(new CustomerVersionCommand(c.id(), 2));
    assertThat(service.resend(new DocumentId("D")).outcome()).isEqualTo(Outcome.ROUTED);
  }

  /** A world with every kind of recipient, and documents referring to them in every way. */
  private List<DocumentReference> mixedDocuments(Random random, int count) {
    List<Participant> participants = new ArrayList<>();
    String sharedGln = ValidIdentifiers.gln(random.nextInt(1_000_000));
    for (int i = 0; i < 6; i++) {
      participants.add(world.given(aParticipant()));
    }
    participants.add(world.given(aParticipant().deactivated()));
    participants.add(world.given(aParticipant().withIdentifier(IdentifierScheme.GLN, sharedGln)));
    participants.add(world.given(aParticipant().withIdentifier(IdentifierScheme.GLN, sharedGln)));
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String number = "N" + random.nextInt(1_000_000);
      numbers.add(number);
      boolean inactive = i == 0;
      var fixture = aCustomer().of(participants.get(i)).withNumbers(number);
      world.given(inactive ? fixture.inactive() : fixture);
    }
    String goneNumber = "G" + random.nextInt(1_000_000);
    world.given(aCustomer().of(participants.get(6)).withNumbers(goneNumber));
    numbers.add(goneNumber);
    numbers.add("UNKNOWN");
    List<DocumentReference> documents = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      DocumentReference document = DocumentReference.of("DOC-" + random.nextInt() + "-" + i);
      if (random.nextBoolean()) {
        document =
            document.with(MatchedBy.CUSTOMER_NUMBER, numbers.get(random.nextInt(numbers.size())));
      }
      Participant p = participants.get(random.nextInt(participants.size()));
      switch (random.nextInt(4)) {
        case 0 -> document = document.with(MatchedBy.E_ADDRESS, p.eAddressText());
        case 1 -> document = document.with(MatchedBy.GLN, sharedGln);
        case 2 ->
            document =
                document.with(
                    MatchedBy.ORGANIZATION_NUMBER,
                    p.identifier(IdentifierScheme.ORGANIZATION_NUMBER).orElseThrow().value());
        default -> {}
      }
      documents.add(document);
    }
    Collections.shuffle(documents, random);
    return documents;
  }
}
