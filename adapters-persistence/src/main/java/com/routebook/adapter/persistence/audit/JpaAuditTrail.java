package com.routebook.adapter.persistence.audit;

import com.routebook.application.port.out.AuditTrail;
import com.routebook.domain.customer.CustomerChange;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** The audit history on JPA: appended in order, read newest first within the tenant. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaAuditTrail implements AuditTrail {

  @PersistenceContext(unitName = "routebook")
  private EntityManager em;

  /** For CDI. */
  public JpaAuditTrail() {}

  /** With an entity manager of the caller's (tests outside the server). */
  public JpaAuditTrail(EntityManager em) {
    this.em = em;
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public void append(TenantId tenantId, List<CustomerChange> changes) {
    for (CustomerChange change : changes) {
      if (!change.tenantId().equals(tenantId)) {
        throw new IllegalArgumentException(
            "change of customer "
                + change.customerId()
                + " belongs to another tenant than "
                + tenantId);
      }
    }
    // ids come from one sequence in allocation order, so they keep the changes' order
    changes.forEach(change -> em.persist(AuditMapper.toEntity(change)));
    em.flush();
  }

  @Override
  public List<CustomerChange> history(TenantId tenantId, CustomerId customerId) {
    return em
        .createQuery(
            "SELECT a FROM AuditEntryEntity a WHERE a.tenantId = :tenant AND a.customerId = :customer"
                + " ORDER BY a.changedAt DESC, a.id DESC",
            AuditEntryEntity.class)
        .setParameter("tenant", tenantId.value())
        .setParameter("customer", customerId.value())
        .getResultList()
        .stream()
        .map(AuditMapper::toDomain)
        .toList();
  }
}
