package com.routebook.adapter.persistence.document;

import com.routebook.adapter.persistence.support.Chunks;
import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.out.DocumentLog;
import com.routebook.domain.routing.DocumentId;
import com.routebook.domain.routing.DocumentRecord;
import com.routebook.domain.routing.Outcome;
import com.routebook.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tenants' document logs on JPA, keyed by (tenant, document id). Lists are sorted by document
 * id in code point order on both databases (a "C" collation on PostgreSQL's column).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaDocumentLog implements DocumentLog {

  private static final Comparator<DocumentRecord> BY_ID =
      Comparator.comparing(r -> r.documentId().value());

  @PersistenceContext(unitName = "routebook")
  private EntityManager em;

  /** For CDI. */
  public JpaDocumentLog() {}

  /** With an entity manager of the caller's (tests outside the server). */
  public JpaDocumentLog(EntityManager em) {
    this.em = em;
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public void keepAll(TenantId tenantId, List<DocumentRecord> documents) {
    Map<String, DocumentRecord> latest = new LinkedHashMap<>();
    documents.forEach(d -> latest.put(d.documentId().value(), d));
    Map<String, DocumentEntity> existing = new HashMap<>();
    entities(tenantId, latest.keySet()).forEach(e -> existing.put(e.documentId, e));
    for (DocumentRecord record : latest.values()) {
      DocumentEntity entity = existing.get(record.documentId().value());
      if (entity == null) {
        entity = new DocumentEntity(tenantId.value(), record.documentId().value());
        DocumentMapper.copyFields(record, entity);
        em.persist(entity);
      } else {
        DocumentMapper.copyFields(record, entity);
      }
    }
    em.flush();
  }

  @Override
  public Optional<DocumentRecord> find(TenantId tenantId, DocumentId documentId) {
    return Optional.ofNullable(
            em.find(
                DocumentEntity.class, new DocumentEntity.Key(tenantId.value(), documentId.value())))
        .map(DocumentMapper::toDomain);
  }

  @Override
  public List<DocumentRecord> findAll(TenantId tenantId, Set<DocumentId> documentIds) {
    return entities(tenantId, documentIds.stream().map(DocumentId::value).toList()).stream()
        .map(DocumentMapper::toDomain)
        .sorted(BY_ID)
        .toList();
  }

  @Override
  public List<DocumentRecord> findStopped(TenantId tenantId) {
    return em
        .createQuery(
            "SELECT d FROM DocumentEntity d WHERE d.tenantId = :tenant AND d.outcome = :outcome",
            DocumentEntity.class)
        .setParameter("tenant", tenantId.value())
        .setParameter("outcome", Outcome.STOPPED.name())
        .getResultList()
        .stream()
        .map(DocumentMapper::toDomain)
        .sorted(BY_ID)
        .toList();
  }

  @Override
  public Page<DocumentRecord> list(TenantId tenantId, Outcome outcome, PageRequest page) {
    String where = "d.tenantId = :tenant" + (outcome == null ? "" : " AND d.outcome = :outcome");
    TypedQuery<DocumentEntity> rows =
        em.createQuery(
                "SELECT d FROM DocumentEntity d WHERE " + where + " ORDER BY d.documentId",
                DocumentEntity.class)
            .setParameter("tenant", tenantId.value())
            .setFirstResult((int) Math.min(page.offset(), Integer.MAX_VALUE))
            .setMaxResults(page.size());
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(d) FROM DocumentEntity d WHERE " + where, Long.class)
            .setParameter("tenant", tenantId.value());
    if (outcome != null) {
      rows.setParameter("outcome", outcome.name());
      count.setParameter("outcome", outcome.name());
    }
    List<DocumentRecord> items =
        rows.getResultList().stream().map(DocumentMapper::toDomain).toList();
    return new Page<>(items, page.page(), page.size(), count.getSingleResult());
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public boolean delete(TenantId tenantId, DocumentId documentId) {
    return em.createQuery(
                "DELETE FROM DocumentEntity d WHERE d.tenantId = :tenant AND d.documentId = :id")
            .setParameter("tenant", tenantId.value())
            .setParameter("id", documentId.value())
            .executeUpdate()
        > 0;
  }

  private List<DocumentEntity> entities(TenantId tenantId, java.util.Collection<String> ids) {
    List<DocumentEntity> found = new ArrayList<>();
    for (List<String> chunk : Chunks.of(ids)) {
      found.addAll(
          em.createQuery(
                  "SELECT d FROM DocumentEntity d WHERE d.tenantId = :tenant AND d.documentId IN :ids",
                  DocumentEntity.class)
              .setParameter("tenant", tenantId.value())
              .setParameter("ids", chunk)
              .getResultList());
    }
    return found;
  }
}
