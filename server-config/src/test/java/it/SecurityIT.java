package it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.microshed.testing.ApplicationEnvironment;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * On the server the build started (MicroShed, manual environment): every path of the application
 * needs an authenticated caller; the API answers 401 with problem details, the screens redirect to
 * the sign-in page; the operations endpoints stay open for probes.
 */
@MicroShedTest
class SecurityIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private static URI url(String path) {
    String base = ApplicationEnvironment.Resolver.load().getApplicationURL();
    return URI.create(base.replaceAll("/+$", "") + path);
  }

  private static HttpResponse<String> get(String path, String authorization) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(30)).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  @Test
  void an_api_call_without_credentials_answers_401_with_problem_details_and_a_challenge()
      throws Exception {
    HttpResponse<String> response = get("/api/v1/customers", null);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(
            challenge -> assertThat(challenge).contains("Basic").contains("Bearer"));
    assertThat(json(response).getString("code")).isEqualTo("UNAUTHENTICATED");
    assertThat(json(response).getInt("status")).isEqualTo(401);
  }

  @Test
  void a_wrong_password_a_malformed_header_or_an_unknown_api_key_answers_401() throws Exception {
    assertThat(get("/api/v1/customers", basic("demo-editor", "wrong")).statusCode()).isEqualTo(401);
    assertThat(get("/api/v1/customers", "Basic %%%").statusCode()).isEqualTo(401);
    assertThat(get("/api/v1/customers", "Bearer rbk_unknown").statusCode()).isEqualTo(401);
    assertThat(get("/api/v1/customers", "Digest abc").statusCode()).isEqualTo(401);
  }

  @Test
  void a_demo_editor_with_http_basic_reads_the_directory_as_json() throws Exception {
    HttpResponse<String> response = get("/api/v1/customers", basic("demo-editor", "demo-password"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).getJsonArray("items")).isNotEmpty();
  }

  @Test
  void the_api_keeps_no_session() throws Exception {
    HttpResponse<String> response = get("/api/v1/customers", basic("demo-viewer", "demo-password"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().allValues("Set-Cookie"))
        .noneMatch(c -> c.startsWith("JSESSIONID"));
  }

  @Test
  void a_screen_without_a_signed_in_user_redirects_to_the_sign_in_page() throws Exception {
    for (String page : new String[] {"/", "/customers.xhtml"}) {
      HttpResponse<String> response = get(page, null);

      assertThat(response.statusCode()).as(page).isIn(302, 303);
      assertThat(response.headers().firstValue("Location"))
          .hasValueSatisfying(location -> assertThat(location).endsWith("/login.xhtml"));
    }
  }

  @Test
  void the_sign_in_page_is_served_to_anyone() throws Exception {
    HttpResponse<String> response = get("/login.xhtml", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("password");
  }

  @Test
  void probes_and_the_api_description_need_no_credentials() throws Exception {
    HttpResponse<String> ready = get("/health/ready", null);
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(json(ready).getString("status")).isEqualTo("UP");
    assertThat(get("/health/live", null).statusCode()).isEqualTo(200);
    assertThat(get("/openapi", null).statusCode()).isEqualTo(200);
    assertThat(get("/metrics", null).statusCode()).isEqualTo(200);
  }
}
