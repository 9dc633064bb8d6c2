package com.routebook.server.security;

import com.routebook.application.port.in.access.AuthenticateUseCase;
import com.routebook.application.port.in.access.RecordSecurityEventUseCase;
import com.routebook.application.port.in.access.SessionTicket;
import com.routebook.domain.TooManyAttemptsException;
import com.routebook.domain.access.SecurityEventType;
import com.routebook.domain.tenant.Actor;
import com.routebook.domain.tenant.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The container's authentication mechanism, for the screens: the sign-in page passes the
 * credentials through {@code SecurityContext.authenticate}; the HTTP session keeps a {@link
 * SessionTicket} (a new session id on sign-in), serializable, so that a session stored in the
 * database goes on on another instance. Every request resumes the ticket as the account is now: a
 * removed account or a changed password or role ends the session on every instance (the accounts
 * read are forgotten everywhere when one changes). A protected page without a signed-in actor
 * redirects to the sign-in page. The actor of the request is left in a request attribute for {@link
 * RequestCurrentUser}. Repeated failures are throttled by {@link AuthenticateUseCase}: a refused
 * sign-in leaves its {@link TooManyAttemptsException} in the request attribute {@link #THROTTLED}.
 * A sign-in is recorded in the security event log (failures are recorded by the sign-in check
 * itself).
 *
 * <p>The API ({@code /api/...}) is left to {@link ApiAuthenticationFilter}, which authenticates
 * every call itself.
 */
@ApplicationScoped
public class RoutebookAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/login.xhtml";

  /** Session attribute holding the {@link SessionTicket} of the signed-in user. */
  static final String TICKET = SessionTicket.SESSION_ATTRIBUTE;

  /**
   * Request attribute holding the {@link TooManyAttemptsException} of a sign-in the throttle
   * refused, for the sign-in page to say how long to wait.
   */
  public static final String THROTTLED = TooManyAttemptsException.class.getName();

  @Inject private AuthenticateUseCase authenticate;

  @Inject private RecordSecurityEventUseCase events;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/")) {
      return apiRequest(request, response);
    }
    try {
      return validatePageRequest(request, context);
    } catch (RuntimeException e) {
      if (!DatabaseUnavailable.isCauseOf(e)) {
        throw e;
      }
      // the database is away (restarting): "try again shortly", not a sign-in page or an error
      try {
        response.setHeader("Retry-After", "2");
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      } catch (IOException gone) {
        // the client went away; nothing left to tell it
      }
      return AuthenticationStatus.SEND_FAILURE;
    }
  }

  /**
   * The API is left to {@link ApiAuthenticationFilter}, but for HTTP Basic credentials that are not
   * well formed: given those, Liberty's own audit of the request fails (an exception, then a
   * redirect to the sign-in page) unless the mechanism has answered already, so it answers 401.
   */
  private static AuthenticationStatus apiRequest(
      HttpServletRequest request, HttpServletResponse response) {
    if (!ApiAuthenticationFilter.malformedBasic(request.getHeader("Authorization"))) {
      return AuthenticationStatus.NOT_DONE;
    }
    try {
      ApiAuthenticationFilter.unauthorized(response, "wrong credentials");
    } catch (IOException e) {
      // the client went away; nothing left to tell it
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private AuthenticationStatus validatePageRequest(
      HttpServletRequest request, HttpMessageContext context) {
    Credential credential =
        context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
    if (credential instanceof UsernamePasswordCredential login) {
      Optional<Actor> actor;
      try {
        actor =
            authenticate.signIn(
                login.getCaller(), login.getPassword().getValue(), request.getRemoteAddr());
      } catch (TooManyAttemptsException refused) {
        request.setAttribute(THROTTLED, refused);
        return AuthenticationStatus.SEND_FAILURE;
      }
      if (actor.isEmpty()) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      Optional<SessionTicket> ticket = authenticate.ticket(actor.get().username());
      if (ticket.isEmpty()) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      request.getSession(true);
      request.changeSessionId();
      request.getSession().setAttribute(TICKET, ticket.get());
      events.record(
          SecurityEventType.SIGN_IN,
          actor.get().username(),
          actor.get().tenantId(),
          request.getRemoteAddr(),
          "signed in to the screens");
      return signedIn(request, context, actor.get());
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(TICKET) instanceof SessionTicket ticket) {
      Optional<Actor> actor = authenticate.resume(ticket);
      if (actor.isPresent()) {
        return signedIn(request, context, actor.get());
      }
      session.invalidate();
    }
    if (context.isProtected()) {
      return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }
    return context.doNothing();
  }

  private static AuthenticationStatus signedIn(
      HttpServletRequest request, HttpMessageContext context, Actor actor) {
    request.setAttribute(RequestCurrentUser.ACTOR, actor);
    Set<String> groups = actor.roles().stream().map(Role::name).collect(Collectors.toSet());
    if (actor.may(Role.VIEWER) && !groups.contains(Role.VIEWER.name())) {
      groups.add(Role.VIEWER.name());
    }
    return context.notifyContainerAboutLogin(actor.username(), groups);
  }
}
