package com.routebook.application.port.in.access;

import com.routebook.domain.access.ApiKey;
import com.routebook.domain.access.ApiKeyId;
import java.util.List;

/** A tenant's editors create, list and revoke the tenant's API keys. */
public interface ManageApiKeysUseCase {

  /** The current tenant's active keys. */
  List<ApiKey> list();

  /** Creates a key; the answer holds the secret, which is never shown again. */
  IssuedApiKey create(String name);

  /** Revokes one of the current tenant's keys (another tenant's answers not found). */
  void revoke(ApiKeyId apiKeyId);

  /** A key just created, with its secret. */
  record IssuedApiKey(ApiKey apiKey, String secret) {}
}
