package com.routebook.domain.tenant;

import com.routebook.domain.access.ApiKeyScope;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The authenticated user or machine client behind a request: its name, the tenant it belongs to
 * ({@code null} for a network administrator), its roles, and for a machine client signed in with an
 * API key the key's scopes ({@code null} for a user: a user is limited by the roles only).
 */
public record Actor(String username, TenantId tenantId, Set<Role> roles, Set<ApiKeyScope> scopes) {

  public Actor {
    if (username == null || username.isBlank()) {
      throw new IllegalArgumentException("username must not be blank, was \"" + username + "\"");
    }
    roles = Set.copyOf(Objects.requireNonNull(roles, "roles"));
    scopes = scopes == null ? null : Set.copyOf(scopes);
  }

  /** A user (not an API key). */
  public Actor(String username, TenantId tenantId, Set<Role> roles) {
    this(username, tenantId, roles, null);
  }

  /** The scopes of the API key the actor signed in with; empty for a user. */
  public Optional<Set<ApiKeyScope>> keyScopes() {
    return Optional.ofNullable(scopes);
  }

  /** Whether the actor may act within the scope: a user always, an API key when it holds it. */
  public boolean mayUse(ApiKeyScope scope) {
    return scopes == null || scopes.contains(scope);
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
