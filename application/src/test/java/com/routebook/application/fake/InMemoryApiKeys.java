package com.routebook.application.fake;

import com.routebook.application.port.out.ApiKeys;
import com.routebook.domain.access.ApiKey;
import com.routebook.domain.access.ApiKeyId;
import com.routebook.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The API keys in memory; revoked ones are dropped. */
public class InMemoryApiKeys implements ApiKeys {

  private final Map<ApiKeyId, ApiKey> keys = new LinkedHashMap<>();

  @Override
  public synchronized Optional<ApiKey> findActiveBySecretHash(String secretHash) {
    return keys.values().stream().filter(k -> k.secretHash().equals(secretHash)).findFirst();
  }

  @Override
  public synchronized List<ApiKey> list(TenantId tenantId) {
    return keys.values().stream()
        .filter(k -> k.tenantId().equals(tenantId))
        .sorted(Comparator.comparing(ApiKey::createdAt).thenComparing(k -> k.id().value()))
        .toList();
  }

  @Override
  public synchronized ApiKey add(ApiKey apiKey) {
    keys.put(apiKey.id(), apiKey);
    return apiKey;
  }

  @Override
  public synchronized void recordUse(ApiKeyId apiKeyId, Instant at) {
    ApiKey key = keys.get(apiKeyId);
    if (key != null && (key.lastUsedAt() == null || key.lastUsedAt().isBefore(at))) {
      keys.put(apiKeyId, key.usedAt(at));
    }
  }

  @Override
  public synchronized boolean revoke(TenantId tenantId, ApiKeyId apiKeyId, Instant at) {
    ApiKey key = keys.get(apiKeyId);
    if (key == null || !key.tenantId().equals(tenantId)) {
      return false;
    }
    keys.remove(apiKeyId);
    return true;
  }
}
