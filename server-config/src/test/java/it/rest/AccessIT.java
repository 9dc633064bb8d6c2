package it.rest;

import static it.rest.TestData.ADMIN;
import static it.rest.TestData.EDITOR;
import static it.rest.TestData.OTHER_EDITOR;
import static it.rest.TestData.VIEWER;
import static it.rest.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** API keys of a tenant's editors, tenants and users of administrators, and sign-in throttling. */
@MicroShedTest
class AccessIT {

  private static JsonObject named(String name) {
    return Json.createObjectBuilder().add("name", name).build();
  }

  @Test
  void an_editor_creates_an_api_key_that_works_as_bearer_until_revoked() {
    String name = unique("ERP ");
    JsonObject editorsKey =
        Json.createObjectBuilder()
            .add("name", name)
            .add(
                "scopes",
                Json.createArrayBuilder()
                    .add("ROUTING")
                    .add("DIRECTORY_READ")
                    .add("DIRECTORY_WRITE"))
            .build();
    ApiClient.Answer created = Expect.ok(EDITOR.post("api-keys", editorsKey), 201);
    JsonObject key = created.json();
    String id = key.getString("id");
    String secret = key.getString("secret");
    assertThat(key.getString("name")).isEqualTo(name);
    assertThat(key.getString("createdAt")).endsWith("Z");
    assertThat(secret).hasSizeGreaterThan(20);
    assertThat(created.header("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/api-keys/" + id));

    JsonObject listed =
        Expect.ok(EDITOR.get("api-keys"), 200).array().stream()
            .map(k -> k.asJsonObject())
            .filter(k -> k.getString("id").equals(id))
            .findFirst()
            .orElseThrow();
    assertThat(listed.containsKey("secret")).isFalse();
    assertThat(EDITOR.get("api-keys").body()).doesNotContain(secret);

    ApiClient machine = ApiClient.withApiKey(secret);
    Expect.ok(machine.get("customers"), 200);
    JsonObject customer =
        TestData.customer(machine, TestData.participant(unique("Machine ")), unique("M-"));
    assertThat(customer.getString("state")).isEqualTo("ACTIVE");
    Expect.problem(machine.get("admin/tenants"), 403, "FORBIDDEN");

    Expect.problem(OTHER_EDITOR.delete("api-keys/" + id), 404, "API_KEY_NOT_FOUND");
    Expect.problem(VIEWER.delete("api-keys/" + id), 403, "FORBIDDEN");
    assertThat(EDITOR.delete("api-keys/" + id).status()).isEqualTo(204);
    Expect.problem(machine.get("customers"), 401, "UNAUTHENTICATED");
    Expect.problem(EDITOR.delete("api-keys/" + id), 404, "API_KEY_NOT_FOUND");
  }

  @Test
  void only_editors_manage_api_keys_and_a_key_needs_a_name() {
    Expect.problem(VIEWER.post("api-keys", named(unique("K "))), 403, "FORBIDDEN");
    Expect.problem(VIEWER.get("api-keys"), 403, "FORBIDDEN");
    Expect.problem(ADMIN.get("api-keys"), 403, "FORBIDDEN");
    Expect.problem(EDITOR.post("api-keys", named(" ")), 422, "INVALID_API_KEY");
    Expect.problem(EDITOR.send("POST", "api-keys", "null"), 400, "MALFORMED_REQUEST");
  }

  @Test
  void an_administrator_creates_tenants_and_their_users_who_see_only_their_own_directory() {
    String name = unique("Tenant ");
    ApiClient.Answer created = Expect.ok(ADMIN.post("admin/tenants", named(name)), 201);
    String tenantId = created.json().getString("id");
    assertThat(created.json().getString("name")).isEqualTo(name);
    assertThat(
            Expect.ok(ADMIN.get("admin/tenants"), 200).array().stream()
                .map(t -> t.asJsonObject().getString("id")))
        .contains(tenantId);

    String username = unique("new-user-").toLowerCase();
    JsonObject user =
        Expect.ok(
                ADMIN.post(
                    "admin/tenants/" + tenantId + "/users",
                    Json.createObjectBuilder()
                        .add("username", username)
                        .add("password", "a-long-test-password-2")
                        .add("role", "EDITOR")
                        .build()),
                201)
            .json();
    assertThat(user.getString("username")).isEqualTo(username);
    assertThat(user.getString("role")).isEqualTo("EDITOR");
    assertThat(user.toString()).doesNotContain("a-long-test-password-2");

    ApiClient newUser = ApiClient.as(username, "a-long-test-password-2");
    assertThat(Expect.ok(newUser.get("customers"), 200).json().getInt("total")).isZero();
  }

  @Test
  void bad_users_unknown_tenants_and_non_administrators_are_refused() {
    String tenantId = ADMIN.post("admin/tenants", named(unique("Tenant "))).json().getString("id");
    JsonObject admin =
        Json.createObjectBuilder()
            .add("username", unique("admin-").toLowerCase())
            .add("password", "a-long-test-password-3")
            .add("role", "NETWORK_ADMIN")
            .build();

    Expect.problem(ADMIN.post("admin/tenants/" + tenantId + "/users", admin), 422, "INVALID_USER");
    Expect.problem(
        ADMIN.post(
            "admin/tenants/no-such-tenant/users",
            Json.createObjectBuilder()
                .add("username", unique("nobody-").toLowerCase())
                .add("password", "a-long-test-password-3")
                .add("role", "VIEWER")
                .build()),
        404,
        "TENANT_NOT_FOUND");
    Expect.problem(ADMIN.post("admin/tenants", named(" ")), 422, "INVALID_TENANT");
    Expect.problem(EDITOR.get("admin/tenants"), 403, "FORBIDDEN");
    Expect.problem(EDITOR.post("admin/tenants", named(unique("Mine "))), 403, "FORBIDDEN");
    Expect.problem(
        EDITOR.post(
            "admin/tenants/" + tenantId + "/users",
            Json.createObjectBuilder()
                .add("username", unique("sneaky-").toLowerCase())
                .add("password", "a-long-test-password-3")
                .add("role", "EDITOR")
                .build()),
        403,
        "FORBIDDEN");
  }

  @Test
  void repeated_failed_sign_ins_are_throttled_from_that_address_without_locking_the_user_out() {
    String tenantId = ADMIN.post("admin/tenants", named(unique("Tenant "))).json().getString("id");
    String username = unique("guessed-").toLowerCase();
    String password = "a-long-test-password-4";
    Expect.ok(
        ADMIN.post(
            "admin/tenants/" + tenantId + "/users",
            Json.createObjectBuilder()
                .add("username", username)
                .add("password", password)
                .add("role", "VIEWER")
                .build()),
        201);
    String port = System.getProperty("it.http.port", "9080");
    ApiClient guesser = ApiClient.as(username, "wrong-password").at("http://127.0.0.1:" + port);
    ApiClient user = ApiClient.as(username, password).at("http://127.0.0.1:" + port);

    for (int attempt = 0; attempt < 5; attempt++) {
      Expect.problem(guesser.get("customers"), 401, "UNAUTHENTICATED");
    }
    Expect.problem(guesser.get("customers"), 429, "TOO_MANY_ATTEMPTS");
    ApiClient.Answer refused = user.get("customers");
    Expect.problem(refused, 429, "TOO_MANY_ATTEMPTS");
    assertThat(refused.header("Retry-After")).isPresent();

    ApiClient elsewhere = ApiClient.as(username, password).at("http://[::1]:" + port);
    ApiClient.Answer fromElsewhere;
    try {
      fromElsewhere = elsewhere.get("customers");
    } catch (UncheckedIOException noIpv6) {
      Assumptions.abort("the server cannot be reached over IPv6 here: " + noIpv6.getMessage());
      return;
    }
    Expect.ok(fromElsewhere, 200);
  }
}
