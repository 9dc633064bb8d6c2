package com.routebook.adapter.persistence.access;

import com.routebook.domain.access.ApiKey;
import com.routebook.domain.access.ApiKeyId;
import com.routebook.domain.access.ApiKeyScope;
import com.routebook.domain.access.Tenant;
import com.routebook.domain.access.UserAccount;
import com.routebook.domain.access.UserId;
import com.routebook.domain.tenant.Role;
import com.routebook.domain.tenant.TenantId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Converts between tenants, accounts, API keys and their rows. */
final class AccessMapper {

  private AccessMapper() {}

  static Tenant toDomain(TenantEntity e) {
    return new Tenant(new TenantId(e.id), e.name, e.createdAt);
  }

  static TenantEntity toEntity(Tenant tenant) {
    return new TenantEntity(tenant.id().value(), tenant.name(), tenant.createdAt());
  }

  static UserAccount toDomain(UserAccountEntity e) {
    return new UserAccount(
        new UserId(e.id),
        e.username,
        e.passwordHash,
        Role.valueOf(e.role),
        e.tenantId == null ? null : new TenantId(e.tenantId),
        e.disabled,
        e.sessionGeneration);
  }

  static UserAccountEntity toEntity(UserAccount account) {
    UserAccountEntity e = new UserAccountEntity();
    e.id = account.id().value();
    e.username = account.username();
    e.passwordHash = account.passwordHash();
    e.role = account.role().name();
    e.tenantId = account.tenantId() == null ? null : account.tenantId().value();
    e.disabled = account.disabled();
    e.sessionGeneration = account.sessionGeneration();
    return e;
  }

  static ApiKey toDomain(ApiKeyEntity e, Instant lastUsedAt) {
    return new ApiKey(
        new ApiKeyId(e.id),
        new TenantId(e.tenantId),
        e.name,
        e.secretHash,
        e.createdAt,
        scopes(e.scopes),
        e.expiresAt,
        lastUsedAt);
  }

  /** The scopes of a stored list of names; a name no longer known is left out. */
  static Set<ApiKeyScope> scopes(String names) {
    Set<ApiKeyScope> scopes = EnumSet.noneOf(ApiKeyScope.class);
    for (String name : names.split(",")) {
      for (ApiKeyScope scope : ApiKeyScope.values()) {
        if (scope.name().equals(name.strip())) {
          scopes.add(scope);
        }
      }
    }
    return scopes;
  }

  static ApiKeyEntity toEntity(ApiKey key) {
    ApiKeyEntity e = new ApiKeyEntity();
    e.id = key.id().value();
    e.tenantId = key.tenantId().value();
    e.name = key.name();
    e.secretHash = key.secretHash();
    e.createdAt = key.createdAt();
    e.scopes = key.scopes().stream().map(Enum::name).collect(Collectors.joining(","));
    e.expiresAt = key.expiresAt();
    return e;
  }
}
