package com.routebook.application.service.access;

import com.routebook.application.port.in.access.ManageApiKeysUseCase;
import com.routebook.application.port.in.access.RecordSecurityEventUseCase;
import com.routebook.application.port.out.AccessChanges;
import com.routebook.application.port.out.ApiKeys;
import com.routebook.application.port.out.Clock;
import com.routebook.application.port.out.CurrentUser;
import com.routebook.application.service.Access;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.ForbiddenException;
import com.routebook.domain.NotFoundException;
import com.routebook.domain.Rule;
import com.routebook.domain.access.ApiKey;
import com.routebook.domain.access.ApiKeyId;
import com.routebook.domain.access.ApiKeyScope;
import com.routebook.domain.access.SecurityEventType;
import com.routebook.domain.tenant.Actor;
import com.routebook.domain.tenant.Role;
import com.routebook.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A tenant's editors manage the tenant's API keys; an API key only with the scope {@link
 * ApiKeyScope#KEYS}, and never giving a new key a scope it lacks itself.
 */
@ApplicationScoped
public class ApiKeyService implements ManageApiKeysUseCase {

  private ApiKeys apiKeys;
  private AccessChanges changes;
  private CurrentUser currentUser;
  private Clock clock;
  private RecordSecurityEventUseCase events = RecordSecurityEventUseCase.NOWHERE;

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

  /** Records the keys created and revoked in the security event log. */
  @Inject
  void recordEventsWith(RecordSecurityEventUseCase events) {
    this.events = events;
  }

  @Override
  public List<ApiKey> list() {
    return apiKeys.list(editorsTenant());
  }

  @Override
  @Transactional
  public IssuedApiKey create(String name, Set<ApiKeyScope> scopes, Instant expiresAt) {
    Actor actor = currentUser.actor();
    TenantId tenant = keyManagersTenant(actor);
    Set<ApiKeyScope> given = scopes == null ? ApiKeyScope.DEFAULT : scopes;
    Set<ApiKeyScope> wider =
        given.isEmpty() ? EnumSet.noneOf(ApiKeyScope.class) : EnumSet.copyOf(given);
    wider.removeIf(actor::mayUse);
    if (!wider.isEmpty()) {
      throw new ForbiddenException(Rule.SCOPES_WIDER, wider);
    }
    Instant now = clock.now();
    String secret = ApiKeySecrets.newSecret();
    ApiKey key =
        ApiKey.issue(
            ApiKeyId.newId(), tenant, name, ApiKeySecrets.hash(secret), now, given, expiresAt);
    apiKeys.add(key);
    events.record(
        SecurityEventType.KEY_CREATED,
        actor.username(),
        tenant,
        currentUser.clientAddress(),
        "API key "
            + key.id().value()
            + " \""
            + key.name()
            + "\" with scopes "
            + key.scopes()
            + (expiresAt == null ? ", never expires" : ", expires at " + expiresAt));
    return new IssuedApiKey(key, secret);
  }

  @Override
  @Transactional
  public void revoke(ApiKeyId apiKeyId) {
    Actor actor = currentUser.actor();
    TenantId tenant = keyManagersTenant(actor);
    if (!apiKeys.revoke(tenant, apiKeyId, clock.now())) {
      throw new NotFoundException(ErrorCode.API_KEY_NOT_FOUND, apiKeyId.value());
    }
    changes.changedHere();
    events.record(
        SecurityEventType.KEY_REVOKED,
        actor.username(),
        tenant,
        currentUser.clientAddress(),
        "API key " + apiKeyId.value() + " revoked");
  }

  private TenantId editorsTenant() {
    return keyManagersTenant(currentUser.actor());
  }

  private static TenantId keyManagersTenant(Actor actor) {
    TenantId tenant = Access.tenantOf(actor, Role.EDITOR);
    Access.requireScope(actor, ApiKeyScope.KEYS);
    return tenant;
  }
}
