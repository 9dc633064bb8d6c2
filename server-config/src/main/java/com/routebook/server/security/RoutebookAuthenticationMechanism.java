package com.routebook.server.security;

import com.routebook.application.port.in.access.AuthenticateUseCase;
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
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one authentication mechanism of the application.
 *
 * <ul>
 *   <li>{@code /api/...}: stateless; {@code Authorization: Basic} for users, {@code Authorization:
 *       Bearer <secret>} for API keys. Missing or wrong credentials answer 401 with a problem
 *       details body and a {@code WWW-Authenticate} challenge.
 *   <li>Screens: the sign-in page passes the credentials through {@code SecurityContext
 *       .authenticate}; the signed-in actor is kept in the HTTP session (a new session id on
 *       sign-in). A protected page without a signed-in actor redirects to the sign-in page.
 * </ul>
 *
 * The actor of the request is left in a request attribute for {@link RequestCurrentUser}. Repeated
 * failures are throttled by {@link AuthenticateUseCase}.
 */
@ApplicationScoped
public class RoutebookAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** Request and session attribute holding the authenticated {@link Actor}. */
  static final String ACTOR = RoutebookAuthenticationMechanism.class.getName() + ".actor";

  static final String LOGIN_PAGE = "/login.xhtml";

  @Inject private AuthenticateUseCase authenticate;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/")
        ? validateApiRequest(request, response, context)
        : validatePageRequest(request, context);
  }

  private AuthenticationStatus validateApiRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    if (authorization == null || authorization.isBlank()) {
      return context.isProtected()
          ? unauthorized(response, "credentials are missing")
          : context.doNothing();
    }
    Optional<Actor> actor = Optional.empty();
    if (startsWithIgnoreCase(authorization, "Basic ")) {
      actor = basic(authorization.substring(6).trim(), request.getRemoteAddr());
    } else if (startsWithIgnoreCase(authorization, "Bearer ")) {
      actor = authenticate.useApiKey(authorization.substring(7).trim());
    }
    return actor
        .map(a -> signedIn(request, context, a))
        .orElseGet(() -> unauthorized(response, "wrong credentials"));
  }

  private Optional<Actor> basic(String encoded, String clientAddress) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    return authenticate.signIn(
        decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray(), clientAddress);
  }

  private AuthenticationStatus validatePageRequest(
      HttpServletRequest request, HttpMessageContext context) {
    Credential credential =
        context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
    if (credential instanceof UsernamePasswordCredential login) {
      Optional<Actor> actor =
          authenticate.signIn(
              login.getCaller(), login.getPassword().getValue(), request.getRemoteAddr());
      if (actor.isEmpty()) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      request.getSession(true);
      request.changeSessionId();
      request.getSession().setAttribute(ACTOR, actor.get());
      return signedIn(request, context, actor.get());
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(ACTOR) instanceof Actor actor) {
      return signedIn(request, context, actor);
    }
    if (context.isProtected()) {
      return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }
    return context.doNothing();
  }

  private static AuthenticationStatus signedIn(
      HttpServletRequest request, HttpMessageContext context, Actor actor) {
    request.setAttribute(ACTOR, actor);
    Set<String> groups = actor.roles().stream().map(Role::name).collect(Collectors.toSet());
    if (actor.may(Role.VIEWER) && !groups.contains(Role.VIEWER.name())) {
      groups.add(Role.VIEWER.name());
    }
    return context.notifyContainerAboutLogin(actor.username(), groups);
  }

  private static AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Basic realm=\"Routebook\", Bearer realm=\"Routebook\"");
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    try {
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                  + "\"detail\":\"Sign in with HTTP Basic or an API key: "
                  + detail
                  + "\",\"code\":\"UNAUTHENTICATED\",\"errors\":[]}");
      response.flushBuffer();
    } catch (IOException e) {
      // the client went away; nothing left to tell it
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static boolean startsWithIgnoreCase(String text, String prefix) {
    return text.regionMatches(true, 0, prefix, 0, prefix.length());
  }
}
