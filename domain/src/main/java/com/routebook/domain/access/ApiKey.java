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
import java.util.Objects;
import java.util.Set;

/**
 * The credential of a machine client (an ERP sending invoices) of one tenant, with the editor's
 * rights. Only the SHA-256 of its secret is kept; the secret is shown once, when it is created.
 */
public record ApiKey(
    ApiKeyId id, TenantId tenantId, String name, String secretHash, Instant createdAt) {

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
  }

  /** The actor a request signed with this key acts as. */
  public Actor actor() {
    return new Actor("api-key:" + name, tenantId, Set.of(Role.EDITOR));
  }
}
