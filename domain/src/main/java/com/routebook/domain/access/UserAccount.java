package com.routebook.domain.access;

import com.routebook.domain.ValidationException;
import com.routebook.domain.tenant.Actor;
import com.routebook.domain.tenant.Role;
import com.routebook.domain.tenant.TenantId;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who signs in: a viewer or editor of one tenant, or a network administrator, who belongs
 * to no tenant. The password is kept only as a salted, slow hash.
 */
public record UserAccount(
    UserId id, String username, String passwordHash, Role role, TenantId tenantId) {

  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,100}");

  public UserAccount {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(passwordHash, "passwordHash");
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw new ValidationException(
          "INVALID_USER",
          "username",
          "username must be 3 to 100 letters, digits or . _ @ -, was \"" + username + "\"");
    }
    if ((role == Role.NETWORK_ADMIN) != (tenantId == null)) {
      throw new ValidationException(
          "INVALID_USER",
          "role",
          role == Role.NETWORK_ADMIN
              ? "a network administrator belongs to no tenant"
              : "a " + role + " belongs to a tenant");
    }
  }

  /** The actor this account acts as once signed in. */
  public Actor actor() {
    return new Actor(username, tenantId, Set.of(role));
  }
}
