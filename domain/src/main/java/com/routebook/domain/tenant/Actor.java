package com.routebook.domain.tenant;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The authenticated user or machine client behind a request: its name, the tenant it belongs to
 * ({@code null} for a network administrator) and its roles.
 */
public record Actor(String username, TenantId tenantId, Set<Role> roles) {

  public Actor {
    if (username == null || username.isBlank()) {
      throw new IllegalArgumentException("username must not be blank, was \"" + username + "\"");
    }
    roles = Set.copyOf(Objects.requireNonNull(roles, "roles"));
  }

  /** The actor's tenant; empty for a network administrator. */
  public Optional<TenantId> tenant() {
    return Optional.ofNullable(tenantId);
  }

  /** Whether the actor holds the role; an editor also holds the viewer's rights. */
  public boolean may(Role role) {
    return roles.contains(role) || role == Role.VIEWER && roles.contains(Role.EDITOR);
  }
}
