package com.routebook.adapter.rest.access;

import com.routebook.application.port.out.CurrentUser;
import com.routebook.domain.ForbiddenException;
import com.routebook.domain.Rule;
import com.routebook.domain.access.ApiKeyScope;
import com.routebook.domain.tenant.Actor;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The scope an API key needs for each call of the API, checked before anything else reads the call
 * (a call outside the key's scopes answers 403 {@code FORBIDDEN}). Users (HTTP Basic) pass: their
 * role is checked by the services. The table goes by the first segment of the path under {@code
 * /api/v1} and the method:
 *
 * <table>
 *   <caption>scope by path and method</caption>
 *   <tr><th>path</th><th>GET, HEAD</th><th>other methods</th></tr>
 *   <tr><td>{@code routing/..}, {@code documents/..}</td><td>ROUTING</td><td>ROUTING</td></tr>
 *   <tr><td>{@code customers/..}, {@code registry/..}, {@code settings}, {@code alerts/..}</td>
 *       <td>DIRECTORY_READ</td><td>DIRECTORY_WRITE</td></tr>
 *   <tr><td>{@code api-keys/..}</td><td>KEYS</td><td>KEYS</td></tr>
 *   <tr><td>anything else ({@code admin/..}, {@code me/..})</td><td>no key</td><td>no key</td></tr>
 * </table>
 *
 * <p>A path not in the table is for users only: a new area of the API is closed to keys until it is
 * given a scope here.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHORIZATION)
public class ApiKeyScopes implements ContainerRequestFilter {

  /** Areas whose every call is one scope. */
  private static final Map<String, ApiKeyScope> ONE_SCOPE =
      Map.of(
          "routing", ApiKeyScope.ROUTING,
          "documents", ApiKeyScope.ROUTING,
          "api-keys", ApiKeyScope.KEYS);

  /** Areas read with {@link ApiKeyScope#DIRECTORY_READ} and changed with the write scope. */
  private static final Set<String> DIRECTORY =
      Set.of("customers", "registry", "settings", "alerts");

  @Inject CurrentUser currentUser;

  @Override
  public void filter(ContainerRequestContext request) {
    Actor actor = currentUser.actor();
    if (actor.keyScopes().isEmpty()) {
      return;
    }
    Optional<ApiKeyScope> needed = needed(request.getUriInfo().getPath(), request.getMethod());
    if (needed.isEmpty()) {
      throw new ForbiddenException(Rule.USERS_ONLY, actor.username());
    }
    if (!actor.mayUse(needed.get())) {
      throw new ForbiddenException(Rule.LACKS_SCOPE, actor.username(), needed.get());
    }
  }

  /**
   * The scope a call needs: by the path under {@code /api/v1} (with or without its leading slash)
   * and the method; empty when no key may make it.
   */
  public static Optional<ApiKeyScope> needed(String path, String method) {
    String relative = path.startsWith("/") ? path.substring(1) : path;
    int slash = relative.indexOf('/');
    String area = slash < 0 ? relative : relative.substring(0, slash);
    if (ONE_SCOPE.containsKey(area)) {
      return Optional.of(ONE_SCOPE.get(area));
    }
    if (DIRECTORY.contains(area)) {
      boolean reads = "GET".equalsIgnoreCase(method) || "HEAD".equalsIgnoreCase(method);
      return Optional.of(reads ? ApiKeyScope.DIRECTORY_READ : ApiKeyScope.DIRECTORY_WRITE);
    }
    return Optional.empty();
  }
}
