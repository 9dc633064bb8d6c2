package com.routebook.application.service.access;

import com.routebook.application.port.in.access.ManageApiKeysUseCase;
import com.routebook.application.port.out.AccessChanges;
import com.routebook.application.port.out.ApiKeys;
import com.routebook.application.port.out.Clock;
import com.routebook.application.port.out.CurrentUser;
import com.routebook.application.service.Access;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.NotFoundException;
import com.routebook.domain.access.ApiKey;
import com.routebook.domain.access.ApiKeyId;
import com.routebook.domain.tenant.Role;
import com.routebook.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** A tenant's editors manage the tenant's API keys. */
@ApplicationScoped
public class ApiKeyService implements ManageApiKeysUseCase {

  private ApiKeys apiKeys;
  private AccessChanges changes;
  private CurrentUser currentUser;
  private Clock clock;

  /** For the CDI proxy only. */
  protected ApiKeyService() {}

  @Inject
  public ApiKeyService(
      ApiKeys apiKeys, AccessChanges changes, CurrentUser currentUser, Clock clock) {
    this.apiKeys = apiKeys;
    this.changes = changes;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @Override
  public List<ApiKey> list() {
    return apiKeys.list(editorsTenant());
  }

  @Override
  @Transactional
  public IssuedApiKey create(String name) {
    TenantId tenant = editorsTenant();
    String secret = ApiKeySecrets.newSecret();
    ApiKey key =
        apiKeys.add(
            new ApiKey(ApiKeyId.newId(), tenant, name, ApiKeySecrets.hash(secret), clock.now()));
    return new IssuedApiKey(key, secret);
  }

  @Override
  @Transactional
  public void revoke(ApiKeyId apiKeyId) {
    if (!apiKeys.revoke(editorsTenant(), apiKeyId, clock.now())) {
      throw new NotFoundException(ErrorCode.API_KEY_NOT_FOUND, apiKeyId.value());
    }
    changes.changedHere();
  }

  private TenantId editorsTenant() {
    return Access.tenantOf(currentUser.actor(), Role.EDITOR);
  }
}
