package it.security;

import static it.security.Accounts.address;
import static it.security.KeyCalls.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ASVS 5.0 V16.3 (security events are logged), for the screens: a refusal shown on a screen (a
 * viewer opening the network administrators' Users screen) is recorded in the security event log
 * with the user, the tenant, the address and the screen, as network administrators read it through
 * {@code GET /api/v1/admin/security-events}, and answered 403 with the message. Signed in over
 * plain HTTP ({@link ScreenSession}), from an address of the test's own, by which its events are
 * found.
 */
class V16_3_ScreenRefusalRecordedIT {

  private static final String DEMO_TENANT = "11111111-1111-4111-8111-111111111111";

  /** The refusals recorded from that address, newest first. */
  private static List<JsonObject> refusedFrom(String address) {
    return KeyCalls.get("admin/security-events?type=REFUSED&size=500", ADMIN)
        .ok(200)
        .json()
        .getJsonArray("items")
        .stream()
        .map(JsonValue::asJsonObject)
        .filter(event -> address.equals(event.getString("address", null)))
        .toList();
  }

  @Test
  void a_viewer_refused_the_users_screen_is_recorded_with_the_screen() {
    String from = address();
    ScreenSession viewer = ScreenSession.signIn("demo-viewer", Http.DEMO_PASSWORD, "en", from);
    assertThat(refusedFrom(from)).isEmpty();

    HttpResponse<String> users = viewer.open("users.xhtml");

    assertThat(users.statusCode()).isEqualTo(403);
    assertThat(ScreenSession.text(users)).contains("You are not allowed to do that");
    List<JsonObject> refused = refusedFrom(from);
    assertThat(refused).hasSize(1);
    JsonObject event = refused.get(0);
    assertThat(event.getString("username")).isEqualTo("demo-viewer");
    assertThat(event.getString("tenantId")).isEqualTo(DEMO_TENANT);
    assertThat(event.getString("detail")).contains("(screen /users.xhtml)");
  }
}
