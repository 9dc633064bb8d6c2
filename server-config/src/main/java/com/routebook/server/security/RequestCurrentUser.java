package com.routebook.server.security;

import com.routebook.application.port.out.CurrentUser;
import com.routebook.domain.ForbiddenException;
import com.routebook.domain.Rule;
import com.routebook.domain.tenant.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The actor authenticated for this request: by {@link ApiAuthenticationFilter} for the API, by
 * {@link RoutebookAuthenticationMechanism} for the screens. One instance serves every request: the
 * injected request is the container's proxy of the current one (no bean is made per request, which
 * JFR showed at several percent of a routing call).
 */
@ApplicationScoped
public class RequestCurrentUser implements CurrentUser {

  /** Request attribute holding the authenticated {@link Actor}. */
  static final String ACTOR = RequestCurrentUser.class.getName() + ".actor";

  @Inject private HttpServletRequest request;

  @Override
  public Actor actor() {
    if (request.getAttribute(ACTOR) instanceof Actor actor) {
      return actor;
    }
    throw new ForbiddenException(Rule.NOT_SIGNED_IN);
  }

  /** The request's remote address: the client's, behind a trusted proxy (Liberty's remoteIp). */
  @Override
  public String clientAddress() {
    return request.getRemoteAddr();
  }
}
