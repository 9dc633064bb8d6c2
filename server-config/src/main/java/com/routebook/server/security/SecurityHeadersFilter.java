package com.routebook.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Puts the browser's protections on every answer of the application (ASVS 5.0 V3.4): a strict
 * {@code Content-Security-Policy} that loads nothing and lets no page frame this one, {@code
 * X-Frame-Options: DENY} for older browsers, {@code X-Content-Type-Options: nosniff}, {@code
 * Referrer-Policy: no-referrer}, and {@code Cache-Control: no-store} on everything but static
 * resources (screens and API answers carry a user's data). Over HTTPS it adds {@code
 * Strict-Transport-Security} and makes the cookies the application sets {@code Secure} (the session
 * cookie is Liberty's: {@code httpSession cookieSecure} in {@code server.xml}).
 *
 * <p>The screens replace the strict policy: PrimeFaces runs with its CSP support ({@code
 * primefaces.CSP} and {@code primefaces.CSP_POLICY} in {@code web.xml}) and sets a policy whose
 * scripts need the nonce it gives every script it writes. The answer seen below this filter
 * replaces the header instead of adding a second one, as two policies would both be enforced.
 * Declared in {@code web.xml} before every other filter, so that a refusal (401) carries the
 * headers too.
 */
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The policy of every answer that is not a screen: nothing may be loaded or framed. */
  static final String STRICT_POLICY =
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  static final String CSP = "Content-Security-Policy";

  /** One year, subdomains included (ASVS 5.0 V3.4.1). */
  static final String HSTS = "max-age=31536000; includeSubDomains";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader(CSP, STRICT_POLICY);
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    if (!isStaticResource(request)) {
      response.setHeader("Cache-Control", "no-store");
    }
    boolean secure = request.isSecure();
    if (secure) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
    chain.doFilter(request, new Hardened(response, secure));
  }

  /** Faces' resources (scripts, styles, fonts): the same for everyone, cached by the browser. */
  static boolean isStaticResource(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/jakarta.faces.resource/")
        || path.startsWith("/resources/")
        || path.equals("/favicon.ico");
  }

  /** The answer seen by the application: one policy at a time, secure cookies over HTTPS. */
  private static final class Hardened extends HttpServletResponseWrapper {

    private final boolean secure;

    Hardened(HttpServletResponse response, boolean secure) {
      super(response);
      this.secure = secure;
    }

    @Override
    public void addHeader(String name, String value) {
      if (CSP.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }

    @Override
    public void addCookie(Cookie cookie) {
      if (secure) {
        cookie.setSecure(true);
      }
      super.addCookie(cookie);
    }
  }
}
