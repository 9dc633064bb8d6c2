package it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ASVS 5.0 V16.3 (security events are logged): a sign-in to the screens, and a failed one, are in
 * the security event log that network administrators read, without the password.
 */
class V16_3_ScreenSignInRecordedIT extends UiFlow {

  @Test
  void a_sign_in_and_a_failed_one_are_recorded() throws Exception {
    Instant before = Instant.now().minusSeconds(1);
    browser.go("login.xhtml");
    browser.type("login:username", VIEWER);
    browser.type("login:password", "not-the-password-" + before.toEpochMilli());
    browser.click("login:signIn");
    browser.waitForMessage("Wrong username or password");
    browser.signInOnScreen(VIEWER);

    List<JsonObject> events = events(before);
    assertThat(events)
        .anySatisfy(
            e -> {
              assertThat(e.getString("type")).isEqualTo("SIGN_IN");
              assertThat(e.getString("username")).isEqualTo(VIEWER);
              assertThat(e.getString("detail")).contains("screens");
            });
    assertThat(events)
        .anySatisfy(
            e -> {
              assertThat(e.getString("type")).isEqualTo("SIGN_IN_FAILED");
              assertThat(e.getString("username")).isEqualTo(VIEWER);
              assertThat(e.getString("detail")).isEqualTo("wrong password");
            });
    assertThat(events.toString())
        .doesNotContain("not-the-password")
        .doesNotContain(Browser.PASSWORD);
    browser.signOut();
  }

  private static List<JsonObject> events(Instant from) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    Browser.baseUrl() + "api/v1/admin/security-events?size=500&from=" + from))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            (ADMIN + ":" + Browser.PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .build();
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.createReader(new StringReader(response.body()))
        .readObject()
        .getJsonArray("items")
        .stream()
        .map(JsonValue::asJsonObject)
        .toList();
  }
}
