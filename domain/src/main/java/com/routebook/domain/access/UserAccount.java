package com.routebook.domain.access;

import com.routebook.domain.ErrorCode;
import com.routebook.domain.Input;
import com.routebook.domain.Rule;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
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
          ErrorCode.INVALID_USER, Violation.of(Input.USERNAME, Rule.USERNAME_SHAPE, username));
    }
    if ((role == Role.NETWORK_ADMIN) != (tenantId == null)) {
      throw new ValidationException(
          ErrorCode.INVALID_USER,
          role == Role.NETWORK_ADMIN
              ? Violation.of(Input.ROLE, Rule.ADMIN_WITHOUT_TENANT)
              : Violation.of(Input.ROLE, Rule.ROLE_NEEDS_TENANT, role));
    }
  }

  /** The actor this account acts as once signed in. */
  public Actor actor() {
    return new Actor(username, tenantId, Set.of(role));
  }
}
