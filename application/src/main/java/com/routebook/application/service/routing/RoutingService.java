package com.routebook.application.service.routing;

import com.routebook.application.port.DocumentFilter;
import com.routebook.application.port.DocumentSort;
import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.in.routing.DeleteStoppedDocumentUseCase;
import com.routebook.application.port.in.routing.ListDocumentsUseCase;
import com.routebook.application.port.in.routing.ResendCustomerDocumentsUseCase;
import com.routebook.application.port.in.routing.ResendDocumentsUseCase;
import com.routebook.application.port.in.routing.RouteDocumentsUseCase;
import com.routebook.application.port.in.routing.TestRoutingUseCase;
import com.routebook.application.port.out.Clock;
import com.routebook.application.port.out.CurrentUser;
import com.routebook.application.port.out.CustomerDirectory;
import com.routebook.application.port.out.DocumentLog;
import com.routebook.application.port.out.ParticipantRegistry;
import com.routebook.application.service.Access;
import com.routebook.domain.ConflictException;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.Input;
import com.routebook.domain.NotFoundException;
import com.routebook.domain.Rule;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.routing.DocumentId;
import com.routebook.domain.routing.DocumentRecord;
import com.routebook.domain.routing.DocumentReference;
import com.routebook.domain.routing.Outcome;
import com.routebook.domain.routing.RoutingDecision;
import com.routebook.domain.routing.StopReason;
import com.routebook.domain.tenant.Role;
import com.routebook.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Routing use cases: test routing (viewer), routing documents and handling stopped ones (editor),
 * all inside the caller's tenant and through the one {@link RoutingResolver}. A document id sent
 * twice in one call is kept once, with its last reference.
 */
@ApplicationScoped
public class RoutingService
    implements TestRoutingUseCase,
        RouteDocumentsUseCase,
        ListDocumentsUseCase,
        ResendDocumentsUseCase,
        ResendCustomerDocumentsUseCase,
        DeleteStoppedDocumentUseCase {

  private RoutingResolver resolver;
  private DocumentLog documentLog;
  private CustomerDirectory directory;
  private ParticipantRegistry registry;
  private CurrentUser currentUser;
  private Clock clock;

  /** For the CDI proxy only. */
  protected RoutingService() {}

  @Inject
  public RoutingService(
      RoutingResolver resolver,
      DocumentLog documentLog,
      CustomerDirectory directory,
      ParticipantRegistry registry,
      CurrentUser currentUser,
      Clock clock) {
    this.resolver = resolver;
    this.documentLog = documentLog;
    this.directory = directory;
    this.registry = registry;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @Override
  public RoutingDecision testRouting(DocumentReference document) {
    return resolver.resolve(Access.tenantOf(currentUser.actor(), Role.VIEWER), document);
  }

  @Override
  @Transactional
  public List<RoutingDecision> route(RouteDocumentsCommand command) {
    TenantId tenant = Access.tenantOf(currentUser.actor(), Role.EDITOR);
    List<RoutingDecision> decisions = resolver.resolveAll(tenant, command.documents());
    Instant now = clock.now();
    Map<DocumentId, DocumentRecord> latest = new LinkedHashMap<>();
    for (int i = 0; i < decisions.size(); i++) {
      DocumentRecord kept =
          new DocumentRecord(command.documents().get(i), decisions.get(i), now, now);
      latest.put(kept.documentId(), kept);
    }
    documentLog.keepAll(tenant, List.copyOf(latest.values()));
    return decisions;
  }

  @Override
  public Page<DocumentRecord> list(ListDocumentsQuery query) {
    TenantId tenant = Access.tenantOf(currentUser.actor(), Role.VIEWER);
    return documentLog.list(tenant, query.filter(), query.sort(), query.page());
  }

  @Override
  public Map<StopReason, Long> countByReason(DocumentFilter filter) {
    TenantId tenant = Access.tenantOf(currentUser.actor(), Role.VIEWER);
    return documentLog.countByReason(tenant, filter);
  }

  @Override
  @Transactional
  public RoutingDecision resend(DocumentId documentId) {
    return resendAll(List.of(documentId)).get(0);
  }

  @Override
  @Transactional
  public List<RoutingDecision> resendAll(List<DocumentId> documentIds) {
    TenantId tenant = Access.tenantOf(currentUser.actor(), Role.EDITOR);
    List<DocumentId> ids = List.copyOf(new LinkedHashSet<>(documentIds));
    Map<DocumentId, DocumentRecord> found =
        documentLog.findAll(tenant, Set.copyOf(ids)).stream()
            .collect(Collectors.toMap(DocumentRecord::documentId, Function.identity()));
    List<DocumentRecord> stopped = new ArrayList<>();
    for (DocumentId id : ids) {
      stopped.add(requireStopped(id, found.get(id)));
    }
    return reroute(tenant, stopped);
  }

  @Override
  @Transactional
  public List<RoutingDecision> resendFiltered(DocumentFilter filter) {
    TenantId tenant = Access.tenantOf(currentUser.actor(), Role.EDITOR);
    List<DocumentRecord> stopped = documentLog.findStopped(tenant, filter, MAX_RESEND + 1);
    if (stopped.size() > MAX_RESEND) {
      long matching =
          documentLog
              .list(tenant, stoppedOnly(filter), DocumentSort.DOCUMENT_ID, new PageRequest(0, 1))
              .total();
      throw new ValidationException(
          ErrorCode.RESEND_TOO_MANY,
          Violation.of(Input.DOCUMENT_FILTER, Rule.RESEND_COUNT, MAX_RESEND, matching));
    }
    return reroute(tenant, stopped);
  }

  @Override
  public List<DocumentRecord> stoppedDocumentsMatching(CustomerId customerId) {
    TenantId tenant = Access.tenantOf(currentUser.actor(), Role.VIEWER);
    return matching(tenant, customerId);
  }

  @Override
  @Transactional
  public List<RoutingDecision> resendMatching(CustomerId customerId) {
    TenantId tenant = Access.tenantOf(currentUser.actor(), Role.EDITOR);
    return reroute(tenant, matching(tenant, customerId));
  }

  @Override
  @Transactional
  public void delete(DocumentId documentId) {
    TenantId tenant = Access.tenantOf(currentUser.actor(), Role.EDITOR);
    requireStopped(documentId, documentLog.find(tenant, documentId).orElse(null));
    documentLog.delete(tenant, documentId);
  }

  @Override
  @Transactional
  public int deleteAll(List<DocumentId> documentIds) {
    TenantId tenant = Access.tenantOf(currentUser.actor(), Role.EDITOR);
    Set<DocumentId> ids = new LinkedHashSet<>(documentIds);
    Map<DocumentId, DocumentRecord> found =
        documentLog.findAll(tenant, ids).stream()
            .collect(Collectors.toMap(DocumentRecord::documentId, Function.identity()));
    ids.forEach(id -> requireStopped(id, found.get(id)));
    return documentLog.deleteStopped(tenant, ids);
  }

  @Override
  @Transactional
  public int deleteFiltered(DocumentFilter filter) {
    TenantId tenant = Access.tenantOf(currentUser.actor(), Role.EDITOR);
    return documentLog.deleteStopped(tenant, filter);
  }

  /** The filter narrowed to stopped documents (a filter on routed ones matches none). */
  private static DocumentFilter stoppedOnly(DocumentFilter filter) {
    return filter.outcome() == Outcome.ROUTED ? filter : filter.withOutcome(Outcome.STOPPED);
  }

  /**
   * The stopped documents that would now be routed to the customer: only those carrying one of its
   * numbers or one of its participant's identifiers can be, so only those are read and routed
   * again, whatever the number of the tenant's other stopped documents.
   */
  private List<DocumentRecord> matching(TenantId tenant, CustomerId customerId) {
    Customer customer =
        directory
            .findById(tenant, customerId)
            .orElseThrow(() -> new NotFoundException(ErrorCode.CUSTOMER_NOT_FOUND, customerId));
    Set<Identifier> identifiers =
        registry
            .findById(customer.participantId())
            .map(p -> Set.copyOf(p.allIdentifiers()))
            .orElse(Set.of());
    List<DocumentRecord> stopped =
        documentLog.findStoppedReferencing(
            tenant, Set.copyOf(customer.numbers().values()), identifiers);
    List<RoutingDecision> decisions =
        resolver.resolveAll(tenant, stopped.stream().map(DocumentRecord::reference).toList());
    List<DocumentRecord> matching = new ArrayList<>();
    for (int i = 0; i < stopped.size(); i++) {
      RoutingDecision decision = decisions.get(i);
      if (decision.isRouted() && customerId.equals(decision.customerId())) {
        matching.add(stopped.get(i));
      }
    }
    return matching;
  }

  private List<RoutingDecision> reroute(TenantId tenant, List<DocumentRecord> documents) {
    if (documents.isEmpty()) {
      return List.of();
    }
    List<RoutingDecision> decisions =
        resolver.resolveAll(tenant, documents.stream().map(DocumentRecord::reference).toList());
    Instant now = clock.now();
    List<DocumentRecord> redecided = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      redecided.add(documents.get(i).redecided(decisions.get(i), now));
    }
    documentLog.keepAll(tenant, redecided);
    return decisions;
  }

  private static DocumentRecord requireStopped(DocumentId id, DocumentRecord document) {
    if (document == null) {
      throw new NotFoundException(ErrorCode.DOCUMENT_NOT_FOUND, id);
    }
    if (!document.isStopped()) {
      throw new ConflictException(ErrorCode.NOT_STOPPED, id);
    }
    return document;
  }
}
