package it.security;

import static it.security.KeyCalls.ADMIN;
import static it.security.KeyCalls.EDITOR;
import static it.security.KeyCalls.VIEWER;
import static it.security.KeyCalls.bearer;
import static it.security.KeyCalls.createKey;
import static it.security.KeyCalls.delete;
import static it.security.KeyCalls.get;
import static it.security.KeyCalls.newKey;
import static it.security.KeyCalls.post;
import static it.security.KeyCalls.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ASVS 5.0 V16.3 (security events are logged): failed sign-ins (sign-ins to the screens: {@code
 * it.ui.V16_3_ScreenSignInRecordedIT}), API keys created and revoked, and refused calls are
 * recorded, each with when, who, which tenant and from where, in the table that network
 * administrators read through {@code GET /admin/security-events} and as a JSON line of the server's
 * log; neither holds a secret.
 */
class V16_3_SecurityEventsIT {

  private static final String DEMO_TENANT = "11111111-1111-4111-8111-111111111111";

  @Test
  void a_failed_sign_in_is_recorded_without_the_password() {
    String nobody = unique("nobody-");
    String guess = unique("guessed-password-");
    get("customers", Http.basic(nobody, guess)).problem(401, "UNAUTHENTICATED");
    String madeUpKey = unique("rbk_made-up-");
    get("customers", "Bearer " + madeUpKey).problem(401, "UNAUTHENTICATED");

    JsonObject failure = only(events("SIGN_IN_FAILED"), nobody);
    assertThat(failure.getString("detail")).isEqualTo("unknown user");
    assertThat(failure.getString("address")).isNotBlank();
    assertThat(failure.isNull("tenantId")).isTrue();
    assertThat(Instant.parse(failure.getString("at"))).isBefore(Instant.now().plusSeconds(1));
    assertNowhere(guess);
    assertNowhere(madeUpKey);
  }

  @Test
  void keys_created_and_revoked_are_recorded_by_their_editor_without_the_secret() {
    JsonObject issued = createKey(EDITOR, newKey(unique("Logged "), "ROUTING"));
    String id = issued.getString("id");
    assertThat(delete("api-keys/" + id, EDITOR).status()).isEqualTo(204);

    JsonObject created = only(events("KEY_CREATED"), id);
    assertThat(created.getString("username")).isEqualTo("demo-editor");
    assertThat(created.getString("tenantId")).isEqualTo(DEMO_TENANT);
    assertThat(created.getString("detail")).contains("ROUTING");
    JsonObject revoked = only(events("KEY_REVOKED"), id);
    assertThat(revoked.getString("username")).isEqualTo("demo-editor");
    assertNowhere(issued.getString("secret"));
  }

  @Test
  void a_refused_call_is_recorded_with_the_call() {
    post("api-keys", VIEWER, newKey(unique("Refused "))).problem(403, "FORBIDDEN");
    JsonObject key = createKey(EDITOR, newKey(unique("Scoped "), "ROUTING"));
    get("customers", bearer(key)).problem(403, "FORBIDDEN");

    List<JsonObject> refused = events("REFUSED");
    JsonObject viewer =
        refused.stream()
            .filter(e -> "demo-viewer".equals(e.getString("username", null)))
            .findFirst()
            .orElseThrow();
    assertThat(viewer.getString("detail")).contains("POST /api/v1/api-keys");
    assertThat(viewer.getString("tenantId")).isEqualTo(DEMO_TENANT);
    JsonObject machine = only(refused, key.getString("name"));
    assertThat(machine.getString("detail"))
        .contains("DIRECTORY_READ")
        .contains("GET /api/v1/customers");
    assertThat(delete("api-keys/" + key.getString("id"), EDITOR).status()).isEqualTo(204);
    assertNowhere(key.getString("secret"));
  }

  @Test
  void only_a_network_administrator_reads_the_log() {
    get("admin/security-events", EDITOR).problem(403, "FORBIDDEN");
    get("admin/security-events", VIEWER).problem(403, "FORBIDDEN");
    JsonObject key =
        createKey(
            EDITOR, newKey(unique("All "), "ROUTING", "DIRECTORY_READ", "DIRECTORY_WRITE", "KEYS"));
    get("admin/security-events", bearer(key)).problem(403, "FORBIDDEN");
    get("admin/security-events", null).problem(401, "UNAUTHENTICATED");
    assertThat(delete("api-keys/" + key.getString("id"), EDITOR).status()).isEqualTo(204);

    JsonObject page = get("admin/security-events?size=2", ADMIN).ok(200).json();
    assertThat(page.getJsonArray("items")).hasSizeLessThanOrEqualTo(2);
    assertThat(page.getInt("page")).isZero();
    assertThat(page.getInt("size")).isEqualTo(2);
    assertThat(page.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void the_log_is_newest_first_filtered_by_type_and_time_and_checks_its_parameters() {
    createKey(EDITOR, newKey(unique("Order ")));
    List<JsonObject> all = items("admin/security-events?size=500");
    for (int i = 1; i < all.size(); i++) {
      assertThat(Instant.parse(all.get(i - 1).getString("at")))
          .isAfterOrEqualTo(Instant.parse(all.get(i).getString("at")));
    }
    String future = Instant.now().plusSeconds(3600).toString();
    assertThat(items("admin/security-events?from=" + future)).isEmpty();
    assertThat(items("admin/security-events?type=KEY_CREATED&to=" + future))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.getString("type")).isEqualTo("KEY_CREATED"));

    get("admin/security-events?type=EVERYTHING", ADMIN).problem(422, "INVALID_PARAMETER");
    get("admin/security-events?from=yesterday", ADMIN).problem(422, "INVALID_PARAMETER");
    get("admin/security-events?size=501", ADMIN).problem(422, "INVALID_PAGE");
  }

  @Test
  void each_event_is_a_json_line_of_the_server_log_without_secrets() throws IOException {
    String nobody = unique("logged-");
    String guess = unique("logged-password-");
    get("customers", Http.basic(nobody, guess)).problem(401, "UNAUTHENTICATED");

    String log = serverLog();
    assertThat(log).contains("\"type\":\"SIGN_IN_FAILED\",\"username\":\"" + nobody + "\"");
    assertThat(log).doesNotContain(guess).doesNotContain("demo-password");
  }

  private static List<JsonObject> events(String type) {
    return items("admin/security-events?size=500&type=" + type);
  }

  private static List<JsonObject> items(String path) {
    return get(path, ADMIN).ok(200).json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .toList();
  }

  /** The one event that names this text (in its username or detail). */
  private static JsonObject only(List<JsonObject> events, String named) {
    List<JsonObject> naming = events.stream().filter(e -> e.toString().contains(named)).toList();
    assertThat(naming).as("events naming %s", named).hasSize(1);
    return naming.get(0);
  }

  /** Neither the log table (as read) nor the server's log holds the text. */
  private static void assertNowhere(String secret) {
    assertThat(get("admin/security-events?size=500", ADMIN).ok(200).body()).doesNotContain(secret);
    try {
      assertThat(serverLog()).doesNotContain(secret);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String serverLog() throws IOException {
    Path logs =
        Path.of(
            "target/liberty/wlp/usr/servers",
            System.getProperty("it.server.name", "routebook"),
            "logs");
    StringBuilder all = new StringBuilder();
    for (String name : new String[] {"messages.log", "console.log"}) {
      Path file = logs.resolve(name);
      if (Files.exists(file)) {
        all.append(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return all.toString();
  }
}
