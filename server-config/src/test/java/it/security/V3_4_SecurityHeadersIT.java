package it.security;

import static it.security.Http.base;
import static it.security.Http.demo;
import static it.security.Http.get;
import static it.security.Http.secureBase;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * ASVS 5.0 V3.4 (browser security mechanism headers): every answer of the application, screens, API
 * answers, refusals and static resources, carries a Content Security Policy that allows no inline
 * script without a nonce and no framing (V3.4.3, V3.4.6, with X-Frame-Options for older browsers),
 * {@code X-Content-Type-Options: nosniff} (V3.4.4) and a referrer policy (V3.4.5); over HTTPS, HSTS
 * for a year and subdomains (V3.4.1). Liberty's own answers, which the application's filter never
 * sees (operations endpoints, their error pages, the container's redirect to the sign-in page), get
 * the same protections from the HTTP endpoint where they lack them ({@code httpEndpoint} {@code
 * headers} in {@code server.xml}), and over HTTPS HSTS too from the HTTPS endpoint, never over
 * HTTP.
 */
class V3_4_SecurityHeadersIT {

  private static final Pattern NONCE =
      Pattern.compile("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]{16,}'");

  private static List<HttpResponse<String>> answers(String base) {
    return List.of(
        get(base + "/login.xhtml", null),
        get(base + "/api/v1/customers", null),
        get(base + "/api/v1/customers", demo("demo-editor")),
        get(base + "/api/v1/customers/no-such-customer", demo("demo-editor")),
        get(base + "/jakarta.faces.resource/app.css.xhtml?ln=routebook", null));
  }

  private static String header(HttpResponse<String> answer, String name) {
    Optional<String> value = answer.headers().firstValue(name);
    assertThat(value).as(name + " of " + answer.uri()).isPresent();
    return value.get();
  }

  @Test
  void every_answer_carries_the_browser_protections() {
    for (HttpResponse<String> answer : answers(base())) {
      assertThat(answer.headers().allValues("Content-Security-Policy"))
          .as("one policy on " + answer.uri())
          .hasSize(1);
      String policy = header(answer, "Content-Security-Policy");
      assertThat(policy).as(answer.uri().toString()).contains("frame-ancestors 'none'");
      assertThat(policy).doesNotContain("unsafe-inline' 'unsafe-eval").doesNotContain("*");
      assertThat(header(answer, "X-Frame-Options")).isEqualTo("DENY");
      assertThat(header(answer, "X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(header(answer, "Referrer-Policy")).isEqualTo("no-referrer");
      assertThat(answer.headers().firstValue("Strict-Transport-Security"))
          .as("no HSTS over plain HTTP")
          .isEmpty();
    }
  }

  /** Answers of Liberty itself, not of the application: its filter never sees them. */
  private static List<HttpResponse<String>> libertyAnswers(String base) {
    return List.of(
        get(base + "/", null),
        get(base + "/customers.xhtml", null),
        get(base + "/health", null),
        get(base + "/health/ready", null),
        get(base + "/health/live", null),
        get(base + "/health/no-such-check", null),
        get(base + "/metrics", null),
        get(base + "/metrics?scope=no-such-scope", null),
        get(base + "/openapi", null),
        get(base + "/openapi/ui/", null),
        get(base + "/no-such-path", null));
  }

  @Test
  void liberty_s_own_answers_carry_the_browser_protections_too() {
    for (String base : List.of(base(), secureBase())) {
      for (HttpResponse<String> answer : libertyAnswers(base)) {
        String at = answer.statusCode() + " of " + answer.uri();
        assertThat(answer.headers().allValues("Content-Security-Policy"))
            .as("one policy on " + at)
            .hasSize(1);
        String policy = header(answer, "Content-Security-Policy");
        if (answer.uri().getPath().startsWith("/openapi/ui")) {
          // Liberty's own policy for its UI, which runs an inline script: kept as it is
          assertThat(policy).as(at).contains("default-src 'self'");
        } else {
          assertThat(policy)
              .as(at)
              .startsWith("default-src 'none'")
              .contains("frame-ancestors 'none'");
        }
        assertThat(header(answer, "X-Frame-Options")).as(at).isEqualTo("DENY");
        assertThat(header(answer, "X-Content-Type-Options")).as(at).isEqualTo("nosniff");
        assertThat(header(answer, "Referrer-Policy")).as(at).isEqualTo("no-referrer");
      }
    }
  }

  /**
   * Liberty's own answers over HTTPS ask for HTTPS too (the HTTPS endpoint's {@code headers}), and
   * none over plain HTTP does: HSTS received over HTTP means nothing to a browser and tells of a
   * configuration that could not tell the two apart.
   */
  @Test
  void liberty_s_own_answers_ask_for_https_over_https_and_never_over_http() {
    for (HttpResponse<String> answer : libertyAnswers(secureBase())) {
      String at = answer.statusCode() + " of " + answer.uri();
      assertThat(answer.headers().allValues("Strict-Transport-Security"))
          .as("one HSTS on " + at)
          .hasSize(1);
      assertHstsForAYearAndSubdomains(header(answer, "Strict-Transport-Security"), at);
    }
    for (HttpResponse<String> answer : libertyAnswers(base())) {
      assertThat(answer.headers().firstValue("Strict-Transport-Security"))
          .as("no HSTS over plain HTTP on " + answer.statusCode() + " of " + answer.uri())
          .isEmpty();
    }
  }

  private static void assertHstsForAYearAndSubdomains(String hsts, String at) {
    assertThat(hsts).as(at).contains("includeSubDomains");
    long maxAge = Long.parseLong(hsts.replaceAll(".*max-age=(\\d+).*", "$1"));
    assertThat(maxAge).as(at).isGreaterThanOrEqualTo(31_536_000L);
  }

  @Test
  void the_endpoint_s_defaults_leave_the_screens_nonce_policy_alone() {
    HttpResponse<String> screen = get(base() + "/login.xhtml", null);

    assertThat(screen.headers().allValues("Content-Security-Policy")).hasSize(1);
    assertThat(header(screen, "Content-Security-Policy"))
        .startsWith("default-src 'self'")
        .containsPattern(NONCE);
    assertThat(screen.headers().allValues("X-Frame-Options")).containsExactly("DENY");
  }

  @Test
  void a_screen_allows_only_its_own_scripts_with_a_fresh_nonce_and_nothing_else_inline() {
    HttpResponse<String> first = get(base() + "/login.xhtml", null);
    HttpResponse<String> second = get(base() + "/login.xhtml", null);
    String policy = header(first, "Content-Security-Policy");

    assertThat(policy)
        .contains("default-src 'self'")
        .contains("object-src 'none'")
        .contains("base-uri 'none'")
        .contains("form-action 'self'");
    String scripts = policy.substring(policy.indexOf("script-src"));
    assertThat(scripts).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    assertThat(NONCE.matcher(policy).find()).as(policy).isTrue();
    String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
    assertThat(header(second, "Content-Security-Policy")).doesNotContain(nonce);
    assertThat(first.body()).contains("nonce=\"" + nonce + "\"");
    assertThat(first.body()).doesNotContainPattern("<script(?![^>]*nonce=)[^>]*>[^<]+</script>");
  }

  @Test
  void api_answers_and_refusals_load_nothing_at_all() {
    for (HttpResponse<String> answer :
        List.of(
            get(base() + "/api/v1/customers", null),
            get(base() + "/api/v1/customers", demo("demo-viewer")))) {
      assertThat(header(answer, "Content-Security-Policy")).startsWith("default-src 'none'");
    }
  }

  @Test
  void over_https_every_answer_asks_for_https_for_a_year_and_every_subdomain() {
    for (HttpResponse<String> answer : answers(secureBase())) {
      assertThat(answer.headers().allValues("Strict-Transport-Security"))
          .as("one HSTS on " + answer.uri())
          .hasSize(1);
      assertHstsForAYearAndSubdomains(
          header(answer, "Strict-Transport-Security"), answer.uri().toString());
      assertThat(header(answer, "X-Content-Type-Options")).isEqualTo("nosniff");
    }
  }
}
