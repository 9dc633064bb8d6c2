package com.routebook.adapter.persistence.access;

import com.routebook.application.port.out.ApiKeys;
import com.routebook.domain.access.ApiKey;
import com.routebook.domain.access.ApiKeyId;
import com.routebook.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The tenants' API keys on JPA; revoking is one conditional update within the tenant. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaApiKeys implements ApiKeys {

  @PersistenceContext(unitName = "routebook")
  private EntityManager em;

  /** For CDI. */
  public JpaApiKeys() {}

  /** With an entity manager of the caller's (tests outside the server). */
  public JpaApiKeys(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<ApiKey> findActiveBySecretHash(String secretHash) {
    return em.createQuery(
            "SELECT k FROM ApiKeyEntity k WHERE k.secretHash = :hash AND k.revokedAt IS NULL",
            ApiKeyEntity.class)
        .setParameter("hash", secretHash)
        .getResultStream()
        .findFirst()
        .map(AccessMapper::toDomain);
  }

  @Override
  public List<ApiKey> list(TenantId tenantId) {
    return em
        .createQuery(
            "SELECT k FROM ApiKeyEntity k WHERE k.tenantId = :tenant AND k.revokedAt IS NULL",
            ApiKeyEntity.class)
        .setParameter("tenant", tenantId.value())
        .getResultList()
        .stream()
        .map(AccessMapper::toDomain)
        .sorted(Comparator.comparing(ApiKey::createdAt).thenComparing(k -> k.id().value()))
        .toList();
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public ApiKey add(ApiKey apiKey) {
    em.persist(AccessMapper.toEntity(apiKey));
    em.flush();
    return apiKey;
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public boolean revoke(TenantId tenantId, ApiKeyId apiKeyId, Instant at) {
    Optional<ApiKeyEntity> key =
        em.createQuery(
                "SELECT k FROM ApiKeyEntity k"
                    + " WHERE k.tenantId = :tenant AND k.id = :id AND k.revokedAt IS NULL",
                ApiKeyEntity.class)
            .setParameter("tenant", tenantId.value())
            .setParameter("id", apiKeyId.value())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst();
    key.ifPresent(k -> k.revokedAt = at);
    em.flush();
    return key.isPresent();
  }
}
