package com.routebook.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.domain.ErrorCode;
import com.routebook.domain.Input;
import com.routebook.domain.Rule;
import com.routebook.domain.ValidationException;
import com.routebook.domain.tenant.Actor;
import com.routebook.domain.tenant.Role;
import com.routebook.domain.tenant.TenantId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeyTest {

  private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
  private static final TenantId TENANT = new TenantId("t1");

  private static ApiKey key(Set<ApiKeyScope> scopes, Instant expiresAt) {
    return ApiKey.issue(ApiKeyId.newId(), TENANT, " ERP ", "h", AT, scopes, expiresAt);
  }

  @Test
  void a_new_key_keeps_its_scopes_in_their_order_and_has_never_been_used() {
    ApiKey key = key(Set.of(ApiKeyScope.KEYS, ApiKeyScope.ROUTING), null);

    assertThat(key.name()).isEqualTo("ERP");
    assertThat(key.scopes()).containsExactly(ApiKeyScope.ROUTING, ApiKeyScope.KEYS);
    assertThat(key.lastUsedAt()).isNull();
    assertThat(key.expiresAt()).isNull();
    assertThatThrownBy(() -> key.scopes().add(ApiKeyScope.DIRECTORY_WRITE))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void the_scopes_given_are_copied() {
    Set<ApiKeyScope> given = new HashSet<>(Set.of(ApiKeyScope.ROUTING));
    ApiKey key = key(given, null);
    given.add(ApiKeyScope.KEYS);

    assertThat(key.scopes()).containsExactly(ApiKeyScope.ROUTING);
  }

  @Test
  void the_default_scopes_are_routing_and_reading_the_directory() {
    assertThat(ApiKeyScope.DEFAULT)
        .containsExactly(ApiKeyScope.ROUTING, ApiKeyScope.DIRECTORY_READ);
  }

  @Test
  void a_key_needs_a_scope() {
    assertThatThrownBy(() -> key(Set.of(), null))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_API_KEY);
              assertThat(e.violations().get(0).input()).isEqualTo(Input.SCOPES);
              assertThat(e.violations().get(0).rule()).isEqualTo(Rule.API_KEY_SCOPES_EMPTY);
            });
    assertThatThrownBy(() -> key(null, null)).isInstanceOf(ValidationException.class);
  }

  @Test
  void a_scope_is_parsed_by_its_exact_name() {
    assertThat(ApiKeyScope.parse("DIRECTORY_WRITE")).isEqualTo(ApiKeyScope.DIRECTORY_WRITE);
    assertThatThrownBy(() -> ApiKeyScope.parse("directory_write"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_API_KEY);
              assertThat(e.violations().get(0).rule()).isEqualTo(Rule.API_KEY_SCOPE_UNKNOWN);
              assertThat(e.violations().get(0).breach().arguments())
                  .containsExactly("directory_write");
            });
    assertThatThrownBy(() -> ApiKeyScope.parse(null)).isInstanceOf(ValidationException.class);
  }

  @Test
  void a_key_expires_after_its_creation_and_from_its_expiry_on() {
    ApiKey key = key(ApiKeyScope.DEFAULT, AT.plusSeconds(60));

    assertThat(key.expiredAt(AT.plusSeconds(59))).isFalse();
    assertThat(key.expiredAt(AT.plusSeconds(60))).isTrue();
    assertThat(key.expiredAt(AT.plusSeconds(61))).isTrue();
    assertThat(key(ApiKeyScope.DEFAULT, null).expiredAt(Instant.MAX)).isFalse();
    assertThatThrownBy(() -> key(ApiKeyScope.DEFAULT, AT))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.violations().get(0).input()).isEqualTo(Input.EXPIRES_AT);
              assertThat(e.violations().get(0).rule()).isEqualTo(Rule.API_KEY_EXPIRY);
            });
    assertThatThrownBy(() -> key(ApiKeyScope.DEFAULT, AT.minusSeconds(1)))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void a_use_is_kept_with_everything_else() {
    ApiKey key = key(ApiKeyScope.DEFAULT, AT.plusSeconds(600));
    ApiKey used = key.usedAt(AT.plusSeconds(5));

    assertThat(used.lastUsedAt()).isEqualTo(AT.plusSeconds(5));
    assertThat(used).usingRecursiveComparison().ignoringFields("lastUsedAt").isEqualTo(key);
  }

  @Test
  void a_keys_actor_is_an_editor_of_its_tenant_within_its_scopes() {
    Actor actor = key(EnumSet.of(ApiKeyScope.ROUTING), null).actor();

    assertThat(actor.username()).isEqualTo("api-key:ERP");
    assertThat(actor.tenant()).contains(TENANT);
    assertThat(actor.may(Role.EDITOR)).isTrue();
    assertThat(actor.keyScopes()).contains(Set.of(ApiKeyScope.ROUTING));
    assertThat(actor.mayUse(ApiKeyScope.ROUTING)).isTrue();
    assertThat(actor.mayUse(ApiKeyScope.DIRECTORY_READ)).isFalse();
  }

  @Test
  void a_user_is_limited_by_the_role_only() {
    Actor user = new Actor("ed", TENANT, Set.of(Role.EDITOR));

    assertThat(user.keyScopes()).isEmpty();
    for (ApiKeyScope scope : ApiKeyScope.values()) {
      assertThat(user.mayUse(scope)).isTrue();
    }
  }
}
