package it.security;

import static it.security.Http.get;
import static it.security.Http.secureBase;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ASVS 5.0 V3.3.1 (cookie attributes): the session cookie of the screens is {@code Secure}, so it
 * travels over HTTPS only, {@code HttpOnly} (V3.3.4) and {@code SameSite} (V3.3.2).
 */
class V3_3_1_SecureCookiesIT {

  @Test
  void the_session_cookie_set_over_https_is_secure_http_only_and_same_site() {
    HttpResponse<String> signIn = get(secureBase() + "/login.xhtml", null);

    List<String> cookies = signIn.headers().allValues("Set-Cookie");
    assertThat(cookies).anyMatch(c -> c.startsWith("JSESSIONID="));
    assertThat(cookies)
        .filteredOn(c -> c.startsWith("JSESSIONID="))
        .allSatisfy(
            cookie ->
                assertThat(cookie.toLowerCase(java.util.Locale.ROOT))
                    .contains("; secure")
                    .contains("; httponly")
                    .contains("samesite=lax"));
  }
}
