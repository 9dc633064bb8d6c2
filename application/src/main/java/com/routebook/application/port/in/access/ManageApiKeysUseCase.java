package com.routebook.application.port.in.access;

import com.routebook.domain.access.ApiKey;
import com.routebook.domain.access.ApiKeyId;
import com.routebook.domain.access.ApiKeyScope;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A tenant's editors create, list and revoke the tenant's API keys; a key does so only with the
 * scope {@link ApiKeyScope#KEYS}, and gives a new key no scope it does not hold itself.
 */
public interface ManageApiKeysUseCase {

  /** The current tenant's active keys. */
  List<ApiKey> list();

  /**
   * Creates a key with the default scopes ({@link ApiKeyScope#DEFAULT}) that never expires; the
   * answer holds the secret, which is never shown again.
   */
  default IssuedApiKey create(String name) {
    return create(name, null, null);
  }

  /**
   * Creates a key with these scopes ({@code null}: {@link ApiKeyScope#DEFAULT}) that expires at
   * that moment ({@code null}: never); the answer holds the secret, which is never shown again.
   */
  IssuedApiKey create(String name, Set<ApiKeyScope> scopes, Instant expiresAt);

  /** Revokes one of the current tenant's keys (another tenant's answers not found). */
  void revoke(ApiKeyId apiKeyId);

  /** A key just created, with its secret. */
  record IssuedApiKey(ApiKey apiKey, String secret) {}
}
