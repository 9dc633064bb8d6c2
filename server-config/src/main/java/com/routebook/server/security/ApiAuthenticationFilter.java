package com.routebook.server.security;

import com.routebook.application.port.in.access.AuthenticateUseCase;
import com.routebook.domain.TooManyAttemptsException;
import com.routebook.domain.tenant.Actor;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Authenticates every call of the API ({@code /api/...}): {@code Authorization: Basic} for users,
 * {@code Authorization: Bearer <secret>} for API keys, checked on every call (the API keeps no
 * session). Missing or wrong credentials answer 401 with a problem details body and a {@code
 * WWW-Authenticate} challenge, credentials the sign-in throttle refuses answer 429 with {@code
 * Retry-After}, and the call goes no further.
 *
 * <p>The API is stateless and its roles and tenant are enforced by the application services from
 * the {@link Actor}, so the container's login (a JAAS subject built for every call: a fifth of the
 * CPU of a routing call under load, measured with Java Flight Recorder) buys it nothing: the
 * container leaves {@code /api/*} to this filter ({@code web.xml}), which leaves the actor where
 * {@link RequestCurrentUser} finds it. The screens keep the container's sign-in ({@link
 * RoutebookAuthenticationMechanism}).
 */
@WebFilter(filterName = "ApiAuthentication", urlPatterns = "/api/*")
public class ApiAuthenticationFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject private transient AuthenticateUseCase authenticate;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String authorization = request.getHeader("Authorization");
    if (authorization == null || authorization.isBlank()) {
      unauthorized(response, "credentials are missing");
      return;
    }
    Optional<Actor> actor = Optional.empty();
    try {
      if (startsWithIgnoreCase(authorization, "Basic ")) {
        actor = basic(authorization.substring(6).trim(), request.getRemoteAddr());
      } else if (startsWithIgnoreCase(authorization, "Bearer ")) {
        actor = authenticate.useApiKey(authorization.substring(7).trim(), request.getRemoteAddr());
      }
    } catch (TooManyAttemptsException e) {
      tooManyAttempts(response, e.retryAfterSeconds());
      return;
    } catch (RuntimeException e) {
      if (!DatabaseUnavailable.isCauseOf(e)) {
        throw e;
      }
      DatabaseUnavailable.answer(response);
      return;
    }
    if (actor.isEmpty()) {
      unauthorized(response, "wrong credentials");
      return;
    }
    request.setAttribute(RequestCurrentUser.ACTOR, actor.get());
    chain.doFilter(request, response);
  }

  private Optional<Actor> basic(String encoded, String clientAddress) {
    return userAndPassword(encoded)
        .flatMap(pair -> authenticate.signIn(pair[0], pair[1].toCharArray(), clientAddress));
  }

  /** The user and the password of HTTP Basic credentials, if they are well formed. */
  static Optional<String[]> userAndPassword(String encoded) {
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
    return Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
  }

  /** Whether the header is HTTP Basic with credentials that are not well formed. */
  static boolean malformedBasic(String authorization) {
    return authorization != null
        && startsWithIgnoreCase(authorization, "Basic ")
        && userAndPassword(authorization.substring(6).trim()).isEmpty();
  }

  /** Answers 401 with problem details and a challenge, committed at once. */
  static void unauthorized(HttpServletResponse response, String detail) throws IOException {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Basic realm=\"Routebook\", Bearer realm=\"Routebook\"");
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"detail\":\"Sign in with HTTP Basic or an API key: "
                + detail
                + "\",\"code\":\"UNAUTHENTICATED\",\"errors\":[]}");
    response.flushBuffer();
  }

  /**
   * Answers 429 with {@code Retry-After} and problem details, committed at once: the throttle
   * refused the credentials unchecked.
   */
  static void tooManyAttempts(HttpServletResponse response, long retryAfterSeconds)
      throws IOException {
    response.setStatus(429);
    response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "{\"type\":\"urn:routebook:problem:too-many-attempts\",\"title\":\"Too Many"
                + " Requests\",\"status\":429,\"detail\":\"too many failed sign-ins for this user"
                + " or from this address; try again in "
                + retryAfterSeconds
                + " seconds\",\"code\":\"TOO_MANY_ATTEMPTS\",\"errors\":[]}");
    response.flushBuffer();
  }

  private static boolean startsWithIgnoreCase(String text, String prefix) {
    return text.regionMatches(true, 0, prefix, 0, prefix.length());
  }
}
