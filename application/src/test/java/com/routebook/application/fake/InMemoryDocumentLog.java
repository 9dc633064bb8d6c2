package com.routebook.application.fake;

import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.out.DocumentLog;
import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.routing.DocumentId;
import com.routebook.domain.routing.DocumentRecord;
import com.routebook.domain.routing.Outcome;
import com.routebook.domain.routing.RoutingKeys;
import com.routebook.domain.tenant.TenantId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

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
      TenantId tenantId, Outcome outcome, PageRequest page) {
    return Page.of(
        log(tenantId).values().stream()
            .filter(r -> outcome == null || r.decision().outcome() == outcome)
            .toList(),
        page);
  }

  @Override
  public synchronized boolean delete(TenantId tenantId, DocumentId documentId) {
    return log(tenantId).remove(documentId.value()) != null;
  }

  private TreeMap<String, DocumentRecord> log(TenantId tenantId) {
    return documents.getOrDefault(tenantId, new TreeMap<>());
  }
}
