package com.routebook.adapter.persistence.access;

import com.routebook.adapter.persistence.support.Dialect;
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
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tenants' API keys on JPA; revoking is one conditional update within the tenant. A key's last
 * use is one upsert of {@code api_key_use} ({@code ON CONFLICT} on PostgreSQL, {@code MERGE} on
 * H2), never a change of the key's row (which would announce an access change to every instance).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaApiKeys implements ApiKeys {

  /** Binds: key id, moment. Atomic against the same key's use recorded at once elsewhere. */
  static final String RECORD_USE_POSTGRESQL =
      "INSERT INTO api_key_use AS u (api_key_id, last_used_at) VALUES (?1, ?2)"
          + " ON CONFLICT (api_key_id) DO UPDATE SET last_used_at ="
          + " GREATEST(u.last_used_at, EXCLUDED.last_used_at)";

  /** Binds: key id, moment (H2 serves one instance). */
  static final String RECORD_USE_H2 =
      "MERGE INTO api_key_use u USING (VALUES (CAST(?1 AS varchar(36)),"
          + " CAST(?2 AS timestamp with time zone))) AS s (api_key_id, at)"
          + " ON u.api_key_id = s.api_key_id"
          + " WHEN MATCHED AND u.last_used_at < s.at THEN UPDATE SET last_used_at = s.at"
          + " WHEN NOT MATCHED THEN INSERT (api_key_id, last_used_at) VALUES (s.api_key_id, s.at)";

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
        .map(k -> AccessMapper.toDomain(k, null));
  }

  @Override
  public List<ApiKey> list(TenantId tenantId) {
    List<ApiKeyEntity> keys =
        em.createQuery(
                "SELECT k FROM ApiKeyEntity k WHERE k.tenantId = :tenant AND k.revokedAt IS NULL",
                ApiKeyEntity.class)
            .setParameter("tenant", tenantId.value())
            .getResultList();
    Map<String, Instant> uses = new HashMap<>();
    if (!keys.isEmpty()) {
      em.createQuery(
              "SELECT u FROM ApiKeyUseEntity u WHERE u.apiKeyId IN :ids", ApiKeyUseEntity.class)
          .setParameter("ids", keys.stream().map(k -> k.id).toList())
          .getResultList()
          .forEach(u -> uses.put(u.apiKeyId, u.lastUsedAt));
    }
    return keys.stream()
        .map(k -> AccessMapper.toDomain(k, uses.get(k.id)))
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
  public void recordUse(ApiKeyId apiKeyId, Instant at) {
    String sql = Dialect.of(em) == Dialect.POSTGRESQL ? RECORD_USE_POSTGRESQL : RECORD_USE_H2;
    em.createNativeQuery(sql)
        .setParameter(1, apiKeyId.value())
        .setParameter(2, at.atOffset(ZoneOffset.UTC))
        .executeUpdate();
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
