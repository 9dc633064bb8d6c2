package com.routebook.application.fake;

import com.routebook.application.port.DocumentFilter;
import com.routebook.application.port.DocumentSort;
import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.out.DocumentLog;
import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.routing.DocumentId;
import com.routebook.domain.routing.DocumentRecord;
import com.routebook.domain.routing.RoutingKeys;
import com.routebook.domain.routing.StopReason;
import com.routebook.domain.tenant.TenantId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Every tenant's document log in memory, sorted by document id. */
public class InMemoryDocumentLog implements DocumentLog {

  private final Map<TenantId, TreeMap<String, DocumentRecord>> documents = new HashMap<>();

  @Override
  public synchronized void keepAll(TenantId tenantId, List<DocumentRecord> records) {
    TreeMap<String, DocumentRecord> log = documents.computeIfAbsent(tenantId, t -> new TreeMap<>());
    records.forEach(r -> log.put(r.documentId().value(), r));
  }

  @Override
  public synchronized Optional<DocumentRecord> find(TenantId tenantId, DocumentId documentId) {
    return Optional.ofNullable(log(tenantId).get(documentId.value()));
  }

  @Override
  public synchronized List<DocumentRecord> findAll(TenantId tenantId, Set<DocumentId> ids) {
    return log(tenantId).values().stream().filter(r -> ids.contains(r.documentId())).toList();
  }

  @Override
  public synchronized List<DocumentRecord> findStoppedReferencing(
      TenantId tenantId, Set<CustomerNumber> customerNumbers, Set<Identifier> identifiers) {
    return log(tenantId).values().stream()
        .filter(DocumentRecord::isStopped)
        .filter(r -> RoutingKeys.of(r.reference()).sharesAnyWith(customerNumbers, identifiers))
        .toList();
  }

  @Override
  public synchronized Page<DocumentRecord> list(
      TenantId tenantId, DocumentFilter filter, DocumentSort sort, PageRequest page) {
    return Page.of(
        log(tenantId).values().stream().filter(filter::matches).sorted(sort.comparator()).toList(),
        page);
  }

  @Override
  public synchronized Map<StopReason, Long> countByReason(
      TenantId tenantId, DocumentFilter filter) {
    Map<StopReason, Long> counts = new EnumMap<>(StopReason.class);
    for (StopReason reason : StopReason.values()) {
      counts.put(reason, 0L);
    }
    log(tenantId).values().stream()
        .filter(filter::matches)
        .filter(DocumentRecord::isStopped)
        .forEach(r -> counts.merge(r.decision().reason(), 1L, Long::sum));
    return counts;
  }

  @Override
  public synchronized List<DocumentRecord> findStopped(
      TenantId tenantId, DocumentFilter filter, int limit) {
    return log(tenantId).values().stream()
        .filter(DocumentRecord::isStopped)
        .filter(filter::matches)
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized boolean delete(TenantId tenantId, DocumentId documentId) {
    return log(tenantId).remove(documentId.value()) != null;
  }

  @Override
  public synchronized int deleteStopped(TenantId tenantId, Set<DocumentId> documentIds) {
    return deleteWhere(tenantId, r -> r.isStopped() && documentIds.contains(r.documentId()));
  }

  @Override
  public synchronized int deleteStopped(TenantId tenantId, DocumentFilter filter) {
    return deleteWhere(tenantId, r -> r.isStopped() && filter.matches(r));
  }

  private int deleteWhere(TenantId tenantId, Predicate<DocumentRecord> which) {
    TreeMap<String, DocumentRecord> log = documents.get(tenantId);
    if (log == null) {
      return 0;
    }
    int before = log.size();
    log.values().removeIf(which);
    return before - log.size();
  }

  private TreeMap<String, DocumentRecord> log(TenantId tenantId) {
    return documents.getOrDefault(tenantId, new TreeMap<>());
  }
}
