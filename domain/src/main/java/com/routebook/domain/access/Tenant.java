package com.routebook.domain.access;

import com.routebook.domain.ErrorCode;
import com.routebook.domain.Input;
import com.routebook.domain.Rule;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
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
          ErrorCode.INVALID_TENANT, Violation.of(Input.NAME, Rule.NAME_LENGTH, 200, name));
    }
  }

  /** A new tenant with a fresh id. */
  public static Tenant create(String name, Instant now) {
    return new Tenant(new TenantId(UUID.randomUUID().toString()), name, now);
  }
}
