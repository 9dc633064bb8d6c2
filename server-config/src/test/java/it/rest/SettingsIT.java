package it.rest;

import static it.rest.TestData.ADMIN;
import static it.rest.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * {@code /settings}: the directory mode, on a tenant of the test's own so that closing it affects
 * no other test.
 */
@MicroShedTest
class SettingsIT {

  @Test
  void a_closed_directory_routes_registry_matches_only_to_customers() {
    Tenant tenant = Tenant.create();
    TestData.Participant participant = TestData.participant(unique("Closed "));
    JsonObject byGln =
        Json.createObjectBuilder()
            .add("documentId", unique("MODE-"))
            .add("gln", participant.gln())
            .build();

    assertThat(Expect.ok(tenant.viewer().get("settings"), 200).json().getString("directoryMode"))
        .isEqualTo("OPEN");
    assertThat(tenant.viewer().post("routing/test", byGln).json().getString("outcome"))
        .isEqualTo("ROUTED");

    JsonObject closed = Expect.ok(tenant.editor().put("settings", mode("CLOSED")), 200).json();
    assertThat(closed.getString("directoryMode")).isEqualTo("CLOSED");
    assertThat(tenant.viewer().get("settings").json().getString("directoryMode"))
        .isEqualTo("CLOSED");
    JsonObject stopped = tenant.viewer().post("routing/test", byGln).json();
    assertThat(stopped.getString("reason")).isEqualTo("NO_MATCH");

    TestData.customer(tenant.editor(), participant, unique("C-"));
    assertThat(tenant.viewer().post("routing/test", byGln).json().getString("outcome"))
        .isEqualTo("ROUTED");

    assertThat(tenant.editor().put("settings", mode("open")).json().getString("directoryMode"))
        .isEqualTo("OPEN");
  }

  @Test
  void only_editors_change_settings_and_bad_modes_are_refused() {
    Tenant tenant = Tenant.create();

    Expect.problem(tenant.viewer().put("settings", mode("CLOSED")), 403, "FORBIDDEN");
    Expect.problem(tenant.editor().put("settings", mode("HALF")), 422, "INVALID_SETTINGS");
    Expect.problem(
        tenant.editor().put("settings", Json.createObjectBuilder().build()),
        422,
        "INVALID_SETTINGS");
    Expect.problem(
        tenant.editor().send("PUT", "settings", "{\"directoryMode\":"), 400, "MALFORMED_JSON");
    Expect.problem(ADMIN.get("settings"), 403, "FORBIDDEN");
    assertThat(tenant.viewer().get("settings").json().getString("directoryMode")).isEqualTo("OPEN");
  }

  private static JsonObject mode(String mode) {
    return Json.createObjectBuilder().add("directoryMode", mode).build();
  }

  /** A new tenant with an editor and a viewer, created by the network administrator. */
  record Tenant(String id, ApiClient editor, ApiClient viewer) {

    static final String PASSWORD = "a-long-test-password-1";

    static Tenant create() {
      String id =
          Expect.ok(
                  ADMIN.post(
                      "admin/tenants",
                      Json.createObjectBuilder().add("name", unique("Tenant ")).build()),
                  201)
              .json()
              .getString("id");
      return new Tenant(id, user(id, "EDITOR"), user(id, "VIEWER"));
    }

    static ApiClient user(String tenantId, String role) {
      String username = unique("user-").toLowerCase();
      Expect.ok(
          ADMIN.post(
              "admin/tenants/" + tenantId + "/users",
              Json.createObjectBuilder()
                  .add("username", username)
                  .add("password", PASSWORD)
                  .add("role", role)
                  .build()),
          201);
      return ApiClient.as(username, PASSWORD);
    }
  }
}
