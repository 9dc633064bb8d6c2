package it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Users made for one screen test through the administration API (a fresh tenant each, password
 * known to the test), and calls of the API as them or as the demo network administrator.
 */
final class Users {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private Users() {}

  /** A user of a tenant made for the test. */
  record User(String tenantId, String tenantName, String username, String password) {}

  /** A new tenant with a new user of that role. */
  static User newUser(String role) {
    String token = UiFlow.token().toLowerCase(java.util.Locale.ROOT);
    String tenantName = "Tenant " + token;
    JsonObject tenant =
        json(
            admin(
                "POST",
                "/admin/tenants",
                Json.createObjectBuilder().add("name", tenantName).build().toString()),
            201);
    String tenantId = tenant.getString("id");
    String username = "user-" + token;
    String password = "a-long-test-password-" + token;
    json(
        admin(
            "POST",
            "/admin/tenants/" + tenantId + "/users",
            Json.createObjectBuilder()
                .add("username", username)
                .add("password", password)
                .add("role", role)
                .build()
                .toString()),
        201);
    return new User(tenantId, tenantName, username, password);
  }

  /** A call of the API as the demo network administrator. */
  static HttpResponse<String> admin(String method, String path, String body) {
    return call(method, path, body, "network-admin", Browser.PASSWORD);
  }

  /** A call of the API ({@code path} below {@code /api/v1}) with HTTP Basic. */
  static HttpResponse<String> call(
      String method, String path, String body, String username, String password) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Browser.baseUrl() + "api/v1" + path))
            .timeout(Duration.ofSeconds(60))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            (username + ":" + password).getBytes(StandardCharsets.UTF_8)))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The status of a GET of the customers as the user with that password. */
  static int customersAs(User user, String password) {
    return call("GET", "/customers", null, user.username(), password).statusCode();
  }

  /** Disables or enables the user (network administrator); answers the user as shown. */
  static JsonObject setDisabled(User user, boolean disabled) {
    return json(
        admin(
            "POST",
            "/admin/tenants/"
                + user.tenantId()
                + "/users/"
                + user.username()
                + (disabled ? "/disable" : "/enable"),
            null),
        200);
  }

  /** Signs the browser in as the user, and waits for the start page. */
  static void signIn(Browser browser, User user, String password) {
    browser.go("login.xhtml");
    browser.type("login:username", user.username());
    browser.type("login:password", password);
    browser.click("login:signIn");
    browser.field("session:signOut");
  }

  static JsonObject json(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return Json.createReader(new StringReader(response.body())).readObject();
  }
}
