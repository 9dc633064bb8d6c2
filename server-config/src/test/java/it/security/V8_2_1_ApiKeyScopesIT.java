package it.security;

import static it.security.KeyCalls.EDITOR;
import static it.security.KeyCalls.bearer;
import static it.security.KeyCalls.call;
import static it.security.KeyCalls.createKey;
import static it.security.KeyCalls.delete;
import static it.security.KeyCalls.get;
import static it.security.KeyCalls.newKey;
import static it.security.KeyCalls.post;
import static it.security.KeyCalls.routingTest;
import static it.security.KeyCalls.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

/**
 * ASVS 5.0 V8.2.1 (function-level access): an API key acts only within its scopes (ROUTING,
 * DIRECTORY_READ, DIRECTORY_WRITE, KEYS); a call outside them answers 403 problem details; a key
 * without KEYS cannot manage keys, and a key that may never gives a new key a scope it lacks.
 */
class V8_2_1_ApiKeyScopesIT {

  @Test
  void a_key_created_without_scopes_routes_and_reads_but_changes_nothing() {
    JsonObject issued = createKey(EDITOR, newKey(unique("Default ")));
    assertThat(issued.getJsonArray("scopes").getValuesAs(JsonString::getString))
        .containsExactly("ROUTING", "DIRECTORY_READ");
    assertThat(issued.isNull("expiresAt")).isTrue();
    assertThat(issued.isNull("lastUsedAt")).isTrue();
    String key = bearer(issued);

    get("customers", key).ok(200);
    get("registry/participants", key).ok(200);
    post("routing/test", key, routingTest()).ok(200);

    JsonObject refused =
        post("customers", key, Json.createObjectBuilder().add("participantId", "x").build())
            .problem(403, "FORBIDDEN");
    assertThat(refused.getString("detail")).contains("DIRECTORY_WRITE");
    call("PUT", "settings", key, Json.createObjectBuilder().build()).problem(403, "FORBIDDEN");
    get("api-keys", key).problem(403, "FORBIDDEN");
    revoke(issued);
  }

  @Test
  void a_key_without_the_keys_scope_cannot_manage_keys() {
    JsonObject other = createKey(EDITOR, newKey(unique("Victim ")));
    JsonObject issued =
        createKey(
            EDITOR, newKey(unique("Editor key "), "ROUTING", "DIRECTORY_READ", "DIRECTORY_WRITE"));
    String key = bearer(issued);

    get("api-keys", key).problem(403, "FORBIDDEN");
    post("api-keys", key, newKey(unique("Child "), "ROUTING")).problem(403, "FORBIDDEN");
    JsonObject refused = delete("api-keys/" + other.getString("id"), key).problem(403, "FORBIDDEN");
    assertThat(refused.getString("detail")).contains("KEYS");
    // the victim still works
    get("customers", bearer(other)).ok(200);
    revoke(issued);
    revoke(other);
  }

  @Test
  void a_key_with_the_keys_scope_gives_new_keys_no_scope_it_lacks() {
    JsonObject manager = createKey(EDITOR, newKey(unique("Manager "), "KEYS", "ROUTING"));
    String key = bearer(manager);

    JsonObject child = createKey(key, newKey(unique("Child "), "ROUTING"));
    assertThat(child.getJsonArray("scopes").getValuesAs(JsonString::getString))
        .containsExactly("ROUTING");
    post("routing/test", bearer(child), routingTest()).ok(200);

    JsonObject wider =
        post("api-keys", key, newKey(unique("Wider "), "ROUTING", "DIRECTORY_WRITE"))
            .problem(403, "FORBIDDEN");
    assertThat(wider.getString("detail")).contains("DIRECTORY_WRITE");
    // the default scopes include DIRECTORY_READ, which this key lacks
    post("api-keys", key, newKey(unique("Default "))).problem(403, "FORBIDDEN");
    get("customers", key).problem(403, "FORBIDDEN");

    assertThat(delete("api-keys/" + child.getString("id"), key).status()).isEqualTo(204);
    revoke(manager);
  }

  @Test
  void an_editor_may_give_any_scope_but_no_unknown_one_and_not_none() {
    JsonObject all =
        createKey(
            EDITOR, newKey(unique("All "), "KEYS", "DIRECTORY_WRITE", "DIRECTORY_READ", "ROUTING"));
    assertThat(all.getJsonArray("scopes").getValuesAs(JsonString::getString))
        .containsExactly("ROUTING", "DIRECTORY_READ", "DIRECTORY_WRITE", "KEYS");
    revoke(all);

    JsonObject unknown =
        post("api-keys", EDITOR, newKey(unique("Bad "), "ROUTING", "EVERYTHING"))
            .problem(422, "INVALID_API_KEY");
    assertThat(unknown.getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("scopes");
    JsonObject none =
        post(
                "api-keys",
                EDITOR,
                Json.createObjectBuilder()
                    .add("name", unique("None "))
                    .add("scopes", Json.createArrayBuilder())
                    .build())
            .problem(422, "INVALID_API_KEY");
    assertThat(none.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("scopes");
  }

  @Test
  void a_key_makes_no_call_that_is_for_users_only() {
    JsonObject all =
        createKey(
            EDITOR, newKey(unique("All "), "KEYS", "DIRECTORY_WRITE", "DIRECTORY_READ", "ROUTING"));

    get("admin/tenants", bearer(all)).problem(403, "FORBIDDEN");
    revoke(all);
  }

  private static void revoke(JsonObject issued) {
    assertThat(delete("api-keys/" + issued.getString("id"), EDITOR).status()).isEqualTo(204);
  }
}
