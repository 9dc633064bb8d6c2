package com.routebook.application.port.out;

import com.routebook.domain.access.ApiKey;
import com.routebook.domain.access.ApiKeyId;
import com.routebook.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The tenants' API keys, kept as hashes of their secrets; revoked keys no longer sign in. */
public interface ApiKeys {

  /** The key, not revoked, whose secret has this SHA-256 (lower-case hex). */
  Optional<ApiKey> findActiveBySecretHash(String secretHash);

  /** The tenant's keys that are not revoked, oldest first, each with its last use recorded. */
  List<ApiKey> list(TenantId tenantId);

  /** Stores a new key. */
  ApiKey add(ApiKey apiKey);

  /**
   * Records that the key signed a call at that moment (its {@code lastUsedAt} from then on); a
   * moment before the one recorded changes nothing. Cheap and idempotent: the callers write it at
   * most once a minute per key.
   */
  void recordUse(ApiKeyId apiKeyId, Instant at);

  /** Revokes one of the tenant's keys; answers whether the tenant had such a key not revoked. */
  boolean revoke(TenantId tenantId, ApiKeyId apiKeyId, Instant at);
}
