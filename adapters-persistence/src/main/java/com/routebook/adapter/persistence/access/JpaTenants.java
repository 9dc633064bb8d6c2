package com.routebook.adapter.persistence.access;

import com.routebook.adapter.persistence.support.Constraints;
import com.routebook.application.port.out.Tenants;
import com.routebook.domain.ConflictException;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.access.Tenant;
import com.routebook.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The tenants on JPA; names are unique. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaTenants implements Tenants {

  @PersistenceContext(unitName = "routebook")
  private EntityManager em;

  /** For CDI. */
  public JpaTenants() {}

  /** With an entity manager of the caller's (tests outside the server). */
  public JpaTenants(EntityManager em) {
    this.em = em;
  }

  @Override
  public List<Tenant> all() {
    return em
        .createQuery("SELECT t FROM TenantEntity t", TenantEntity.class)
        .getResultList()
        .stream()
        .map(AccessMapper::toDomain)
        .sorted(Comparator.comparing(Tenant::name).thenComparing(t -> t.id().value()))
        .toList();
  }

  @Override
  public Optional<Tenant> findById(TenantId tenantId) {
    return Optional.ofNullable(em.find(TenantEntity.class, tenantId.value()))
        .map(AccessMapper::toDomain);
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public Tenant add(Tenant tenant) {
    boolean taken =
        !em.createQuery("SELECT t.id FROM TenantEntity t WHERE t.name = :name", String.class)
            .setParameter("name", tenant.name())
            .getResultList()
            .isEmpty();
    if (taken) {
      throw nameTaken(tenant);
    }
    try {
      em.persist(AccessMapper.toEntity(tenant));
      em.flush();
    } catch (PersistenceException failure) {
      if (Constraints.uniqueViolated(failure, "tenant_name_unique")) {
        throw nameTaken(tenant);
      }
      throw failure;
    }
    return tenant;
  }

  private static ConflictException nameTaken(Tenant tenant) {
    return new ConflictException(ErrorCode.TENANT_EXISTS, tenant.name());
  }
}
