package com.routebook.domain.access;

import com.routebook.domain.ValidationException;
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
          "INVALID_API_KEY", "name", "name must be 1 to 100 characters, was \"" + name + "\"");
    }
  }

  /** The actor a request signed with this key acts as. */
  public Actor actor() {
    return new Actor("api-key:" + name, tenantId, Set.of(Role.EDITOR));
  }
}
