package com.routebook.application.port.out;

import com.routebook.application.port.DocumentFilter;
import com.routebook.application.port.DocumentSort;
import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.routing.DocumentId;
import com.routebook.domain.routing.DocumentRecord;
import com.routebook.domain.routing.Outcome;
import com.routebook.domain.routing.RoutingKeys;
import com.routebook.domain.routing.StopReason;
import com.routebook.domain.tenant.TenantId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The documents each tenant sent, with their last routing decision; stopped ones wait here for
 * resending or deletion. A document is identified by its id within its tenant; keeping a document
 * whose id is already kept replaces it. Stopped documents are also found by their {@link
 * RoutingKeys} (the customer number and identifiers routing would look up), so that the documents a
 * customer may now match are found without reading every stopped document.
 */
public interface DocumentLog {

  /**
   * Keeps (or replaces) the documents of a tenant, all in one go: either every one is kept or, when
   * one cannot be, none is (the caller's transaction fails). Their ids are distinct.
   */
  void keepAll(TenantId tenantId, List<DocumentRecord> documents);

  /** The tenant's document with that id. */
  Optional<DocumentRecord> find(TenantId tenantId, DocumentId documentId);

  /** The tenant's documents with any of these ids, in one query. */
  List<DocumentRecord> findAll(TenantId tenantId, Set<DocumentId> documentIds);

  /**
   * The tenant's stopped documents whose {@link RoutingKeys} hold one of these customer numbers or
   * one of these identifiers, sorted by document id, in one query whose cost does not grow with the
   * tenant's other stopped documents.
   */
  List<DocumentRecord> findStoppedReferencing(
      TenantId tenantId, Set<CustomerNumber> customerNumbers, Set<Identifier> identifiers);

  /** A page of the tenant's documents sorted by document id, optionally of one outcome only. */
  default Page<DocumentRecord> list(TenantId tenantId, Outcome outcome, PageRequest page) {
    return list(tenantId, DocumentFilter.ofOutcome(outcome), DocumentSort.DOCUMENT_ID, page);
  }

  /** A page of the tenant's documents that pass the filter, in that order, with their total. */
  Page<DocumentRecord> list(
      TenantId tenantId, DocumentFilter filter, DocumentSort sort, PageRequest page);

  /**
   * How many of the tenant's documents that pass the filter were stopped for each reason (every
   * reason present, zero included), in one query.
   */
  Map<StopReason, Long> countByReason(TenantId tenantId, DocumentFilter filter);

  /**
   * The tenant's stopped documents that pass the filter, sorted by document id, at most {@code
   * limit} of them (the caller asks one more than it accepts to learn that there are too many).
   */
  List<DocumentRecord> findStopped(TenantId tenantId, DocumentFilter filter, int limit);

  /** Removes a tenant's document; answers whether there was one. */
  boolean delete(TenantId tenantId, DocumentId documentId);

  /** Removes those of the tenant's documents that are stopped; answers how many were. */
  int deleteStopped(TenantId tenantId, Set<DocumentId> documentIds);

  /**
   * Removes the tenant's stopped documents that pass the filter (routed ones stay whatever the
   * filter says), in one statement; answers how many.
   */
  int deleteStopped(TenantId tenantId, DocumentFilter filter);
}
