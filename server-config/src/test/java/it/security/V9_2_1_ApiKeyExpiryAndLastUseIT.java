package it.security;

import static it.security.KeyCalls.EDITOR;
import static it.security.KeyCalls.bearer;
import static it.security.KeyCalls.createKey;
import static it.security.KeyCalls.delete;
import static it.security.KeyCalls.get;
import static it.security.KeyCalls.listed;
import static it.security.KeyCalls.post;
import static it.security.KeyCalls.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * ASVS 5.0 V9.2.1 (tokens within their validity): an API key may expire, and an expired key is
 * refused with 401 like an unknown one; each key shows when it was last used, so an unused key can
 * be found and revoked.
 */
class V9_2_1_ApiKeyExpiryAndLastUseIT {

  @Test
  void an_expired_key_answers_401() throws InterruptedException {
    Instant expiry = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
    JsonObject issued =
        createKey(
            EDITOR,
            Json.createObjectBuilder()
                .add("name", unique("Short "))
                .add("expiresAt", expiry.toString())
                .build());
    assertThat(Instant.parse(issued.getString("expiresAt"))).isEqualTo(expiry);
    assertThat(Instant.parse(listed(EDITOR, issued.getString("id")).getString("expiresAt")))
        .isEqualTo(expiry);
    get("customers", bearer(issued)).ok(200);

    Thread.sleep(Math.max(0, expiry.toEpochMilli() - System.currentTimeMillis()) + 1_000);

    get("customers", bearer(issued)).problem(401, "UNAUTHENTICATED");
    assertThat(delete("api-keys/" + issued.getString("id"), EDITOR).status()).isEqualTo(204);
  }

  @Test
  void an_expiry_must_be_a_time_after_now() {
    for (String expiry : new String[] {"2020-01-01T00:00:00Z", "next week", ""}) {
      JsonObject refused =
          post(
                  "api-keys",
                  EDITOR,
                  Json.createObjectBuilder()
                      .add("name", unique("Late "))
                      .add("expiresAt", expiry)
                      .build())
              .problem(422, "INVALID_API_KEY");
      assertThat(refused.getJsonArray("errors").getJsonObject(0).getString("field"))
          .as(expiry)
          .isEqualTo("expiresAt");
    }
  }

  @Test
  void a_key_shows_when_it_was_last_used() {
    JsonObject issued = createKey(EDITOR, KeyCalls.newKey(unique("Used ")));
    String id = issued.getString("id");
    assertThat(listed(EDITOR, id).isNull("lastUsedAt")).isTrue();

    Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    get("customers", bearer(issued)).ok(200);
    get("customers", bearer(issued)).ok(200);
    Instant after = Instant.now().plusSeconds(1);

    Instant lastUsed = Instant.parse(listed(EDITOR, id).getString("lastUsedAt"));
    assertThat(lastUsed).isBetween(before, after);
    assertThat(delete("api-keys/" + id, EDITOR).status()).isEqualTo(204);
  }
}
