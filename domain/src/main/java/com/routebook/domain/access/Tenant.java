package com.routebook.domain.access;

import com.routebook.domain.ValidationException;
import com.routebook.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A sending company that uses Routebook and owns one customer directory. */
public record Tenant(TenantId id, String name, Instant createdAt) {

  public Tenant {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(createdAt, "createdAt");
    name = name == null ? "" : name.strip();
    if (name.isEmpty() || name.length() > 200) {
      throw new ValidationException(
          "INVALID_TENANT", "name", "name must be 1 to 200 characters, was \"" + name + "\"");
    }
  }

  /** A new tenant with a fresh id. */
  public static Tenant create(String name, Instant now) {
    return new Tenant(new TenantId(UUID.randomUUID().toString()), name, now);
  }
}
