package com.routebook.application.port.out;

import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.domain.routing.DocumentId;
import com.routebook.domain.routing.DocumentRecord;
import com.routebook.domain.routing.Outcome;
import com.routebook.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The documents each tenant sent, with their last routing decision; stopped ones wait here for
 * resending or deletion. A document is identified by its id within its tenant; keeping a document
 * whose id is already kept replaces it.
 */
public interface DocumentLog {

  /** Keeps (or replaces) the documents of a tenant, all in one go; their ids are distinct. */
  void keepAll(TenantId tenantId, List<DocumentRecord> documents);

  /** The tenant's document with that id. */
  Optional<DocumentRecord> find(TenantId tenantId, DocumentId documentId);

  /** The tenant's documents with any of these ids, in one query. */
  List<DocumentRecord> findAll(TenantId tenantId, Set<DocumentId> documentIds);

  /** The tenant's stopped documents, sorted by document id. */
  List<DocumentRecord> findStopped(TenantId tenantId);

  /** A page of the tenant's documents sorted by document id, optionally of one outcome only. */
  Page<DocumentRecord> list(TenantId tenantId, Outcome outcome, PageRequest page);

  /** Removes a tenant's document; answers whether there was one. */
  boolean delete(TenantId tenantId, DocumentId documentId);
}
