package it.security;

import static it.security.Http.base;
import static it.security.Http.basic;
import static it.security.Http.demo;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Users made for one test through the administration API (a fresh tenant each), and API calls as
 * them from an address of the test's choosing: the server trusts {@code X-Forwarded-For} from the
 * loopback address (Liberty's remoteIp, as behind HAProxy), so each test throttles addresses of its
 * own and never the address the other system tests share.
 */
final class Accounts {

  static final String ADMIN = demo("network-admin");

  private Accounts() {}

  /** A user of a tenant made for the test. */
  record User(String tenantId, String username, String password) {

    String basic() {
      return Http.basic(username, password);
    }

    String basic(String otherPassword) {
      return Http.basic(username, otherPassword);
    }
  }

  /** A short token unique to this run. */
  static String token() {
    return UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
  }

  /** A documentation address (RFC 5737) no other test uses, most likely. */
  static String address() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "198.51." + random.nextInt(100, 256) + "." + random.nextInt(1, 255);
  }

  /** A new tenant with a new user of that role. */
  static User newUser(String role) {
    HttpResponse<String> tenant =
        call(
            "POST",
            "/admin/tenants",
            Json.createObjectBuilder().add("name", "Tenant " + token()).build().toString(),
            ADMIN,
            null);
    assertThat(tenant.statusCode()).as(tenant.body()).isEqualTo(201);
    String tenantId = json(tenant).getString("id");
    String username = "user-" + token();
    String password = "a-long-test-password-" + token();
    HttpResponse<String> user =
        call(
            "POST",
            "/admin/tenants/" + tenantId + "/users",
            Json.createObjectBuilder()
                .add("username", username)
                .add("password", password)
                .add("role", role)
                .build()
                .toString(),
            ADMIN,
            null);
    assertThat(user.statusCode()).as(user.body()).isEqualTo(201);
    return new User(tenantId, username, password);
  }

  /** A call of the API ({@code path} below {@code /api/v1}), from the address if one is given. */
  static HttpResponse<String> call(
      String method, String path, String body, String authorization, String forwardedFor) {
    HttpRequest.Builder request =
        Http.request(base() + "/api/v1" + path)
            .header("Accept", "application/json, application/problem+json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (forwardedFor != null) {
      request.header("X-Forwarded-For", forwardedFor);
    }
    return Http.send(request.build());
  }

  /** A GET of the API as a caller, from an address. */
  static HttpResponse<String> get(String path, String authorization, String forwardedFor) {
    return call("GET", path, null, authorization, forwardedFor);
  }

  /** A password change as the user, from an address. */
  static HttpResponse<String> changePassword(
      User user, String current, String newPassword, String forwardedFor) {
    return call(
        "PUT",
        "/me/password",
        Json.createObjectBuilder()
            .add("currentPassword", current)
            .add("newPassword", newPassword)
            .build()
            .toString(),
        user.basic(),
        forwardedFor);
  }

  /** The body as a JSON object. */
  static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  /** Checks a problem-details answer: its status and its code. */
  static JsonObject problem(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonObject problem = json(response);
    assertThat(problem.getString("code")).isEqualTo(code);
    assertThat(problem.getInt("status")).isEqualTo(status);
    return problem;
  }

  static String unusedBasic() {
    return basic("nobody-" + token(), "x");
  }
}
