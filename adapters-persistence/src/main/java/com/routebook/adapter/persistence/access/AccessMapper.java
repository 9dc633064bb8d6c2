package com.routebook.adapter.persistence.access;

import com.routebook.domain.access.ApiKey;
import com.routebook.domain.access.ApiKeyId;
import com.routebook.domain.access.Tenant;
import com.routebook.domain.access.UserAccount;
import com.routebook.domain.access.UserId;
import com.routebook.domain.tenant.Role;
import com.routebook.domain.tenant.TenantId;

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

  static ApiKey toDomain(ApiKeyEntity e) {
    return new ApiKey(
        new ApiKeyId(e.id), new TenantId(e.tenantId), e.name, e.secretHash, e.createdAt);
  }

  static ApiKeyEntity toEntity(ApiKey key) {
    ApiKeyEntity e = new ApiKeyEntity();
    e.id = key.id().value();
    e.tenantId = key.tenantId().value();
    e.name = key.name();
    e.secretHash = key.secretHash();
    e.createdAt = key.createdAt();
    return e;
  }
}
