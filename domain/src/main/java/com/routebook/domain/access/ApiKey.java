package com.routebook.domain.access;

import com.routebook.domain.ErrorCode;
import com.routebook.domain.Input;
import com.routebook.domain.Rule;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import com.routebook.domain.tenant.Actor;
import com.routebook.domain.tenant.Role;
import com.routebook.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The credential of a machine client (an ERP sending invoices) of one tenant, with the editor's
 * rights within its {@link ApiKeyScope scopes} (at least one). Only the SHA-256 of its secret is
 * kept; the secret is shown once, when it is created. A key may expire ({@code expiresAt}, after
 * its creation; none: never); {@code lastUsedAt} is when it was last seen signing a call (to the
 * minute), or {@code null}.
 */
public record ApiKey(
    ApiKeyId id,
    TenantId tenantId,
    String name,
    String secretHash,
    Instant createdAt,
    Set<ApiKeyScope> scopes,
    Instant expiresAt,
    Instant lastUsedAt) {

  public ApiKey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(secretHash, "secretHash");
    Objects.requireNonNull(createdAt, "createdAt");
    name = name == null ? "" : name.strip();
    if (name.isEmpty() || name.length() > 100) {
      throw new ValidationException(
          ErrorCode.INVALID_API_KEY, Violation.of(Input.NAME, Rule.NAME_LENGTH, 100, name));
    }
    if (scopes == null || scopes.isEmpty()) {
      throw new ValidationException(
          ErrorCode.INVALID_API_KEY, Violation.of(Input.SCOPES, Rule.API_KEY_SCOPES_EMPTY));
    }
    scopes = Collections.unmodifiableSet(EnumSet.copyOf(scopes));
    if (expiresAt != null && !expiresAt.isAfter(createdAt)) {
      throw new ValidationException(
          ErrorCode.INVALID_API_KEY,
          Violation.of(Input.EXPIRES_AT, Rule.API_KEY_EXPIRY, expiresAt.toString()));
    }
  }

  /** A new key: never used yet. */
  public static ApiKey issue(
      ApiKeyId id,
      TenantId tenantId,
      String name,
      String secretHash,
      Instant createdAt,
      Set<ApiKeyScope> scopes,
      Instant expiresAt) {
    return new ApiKey(id, tenantId, name, secretHash, createdAt, scopes, expiresAt, null);
  }

  /** Whether the key has expired at that moment (from its expiry on, it signs in no more). */
  public boolean expiredAt(Instant now) {
    return expiresAt != null && !now.isBefore(expiresAt);
  }

  /** This key, last used at that moment. */
  public ApiKey usedAt(Instant at) {
    return new ApiKey(id, tenantId, name, secretHash, createdAt, scopes, expiresAt, at);
  }

  /** The actor a request signed with this key acts as: an editor within the key's scopes. */
  public Actor actor() {
    return new Actor("api-key:" + name, tenantId, Set.of(Role.EDITOR), scopes);
  }
}
