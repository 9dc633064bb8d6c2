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

  /** The tenant's keys that are not revoked, oldest first. */
  List<ApiKey> list(TenantId tenantId);

  /** Stores a new key. */
  ApiKey add(ApiKey apiKey);

  /** Revokes one of the tenant's keys; answers whether the tenant had such a key not revoked. */
  boolean revoke(TenantId tenantId, ApiKeyId apiKeyId, Instant at);
}
