package com.routebook.server.security;

import com.routebook.application.port.out.CurrentUser;
import com.routebook.domain.ForbiddenException;
import com.routebook.domain.tenant.Actor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** The actor that {@link RoutebookAuthenticationMechanism} authenticated for this request. */
@RequestScoped
public class RequestCurrentUser implements CurrentUser {

  @Inject private HttpServletRequest request;

  @Override
  public Actor actor() {
    if (request.getAttribute(RoutebookAuthenticationMechanism.ACTOR) instanceof Actor actor) {
      return actor;
    }
    throw new ForbiddenException("nobody is signed in");
  }
}
