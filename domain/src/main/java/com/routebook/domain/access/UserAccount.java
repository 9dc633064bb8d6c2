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
 * to no tenant. The password is kept only as a salted, slow hash. A disabled account signs in
 * nowhere. The session generation moves whenever the account's sessions must end (disabled, a new
 * password): a session remembers the generation it began in.
 */
public record UserAccount(
    UserId id,
    String username,
    String passwordHash,
    Role role,
    TenantId tenantId,
    boolean disabled,
    long sessionGeneration) {

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

  /** A new account: enabled, in its first session generation. */
  public UserAccount(
      UserId id, String username, String passwordHash, Role role, TenantId tenantId) {
    this(id, username, passwordHash, role, tenantId, false, 0);
  }

  /** The account disabled: its sessions end (the generation moves). */
  public UserAccount disable() {
    return new UserAccount(id, username, passwordHash, role, tenantId, true, sessionGeneration + 1);
  }

  /** The account enabled again; sessions ended while it was disabled stay ended. */
  public UserAccount enable() {
    return new UserAccount(id, username, passwordHash, role, tenantId, false, sessionGeneration);
  }

  /** The account with a new password (hashed): its sessions end (the generation moves). */
  public UserAccount withPasswordHash(String newPasswordHash) {
    return new UserAccount(
        id, username, newPasswordHash, role, tenantId, disabled, sessionGeneration + 1);
  }

  /** Whether the account may sign in (it is not disabled). */
  public boolean enabled() {
    return !disabled;
  }

  /** The actor this account acts as once signed in. */
  public Actor actor() {
    return new Actor(username, tenantId, Set.of(role));
  }
}
