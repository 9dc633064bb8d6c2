package com.routebook.application.service.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.application.fake.InMemoryAccessChanges;
import com.routebook.application.fake.InMemoryApiKeys;
import com.routebook.application.fake.InMemoryClock;
import com.routebook.application.fake.InMemoryCurrentUser;
import com.routebook.application.fake.InMemorySignInFailures;
import com.routebook.application.fake.InMemoryUserAccounts;
import com.routebook.application.port.in.access.ManageApiKeysUseCase.IssuedApiKey;
import com.routebook.domain.ForbiddenException;
import com.routebook.domain.Rule;
import com.routebook.domain.ValidationException;
import com.routebook.domain.access.ApiKeyId;
import com.routebook.domain.access.ApiKeyScope;
import com.routebook.domain.tenant.Actor;
import com.routebook.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeyScopesAndUseTest {

  private final TenantId acme = new TenantId("acme");
  private final CountingApiKeys apiKeys = new CountingApiKeys();
  private final InMemoryClock clock = new InMemoryClock();
  private final InMemoryCurrentUser currentUser = InMemoryCurrentUser.editorOf(acme);
  private final ApiKeyService keys =
      new ApiKeyService(apiKeys, new InMemoryAccessChanges(), currentUser, clock);
  private final AuthenticationService authentication =
      new AuthenticationService(
          new InMemoryUserAccounts(),
          apiKeys,
          new InMemorySignInFailures(),
          new InMemoryAccessChanges(),
          clock,
          new PasswordHashing(1_000));

  @Test
  void a_key_created_without_scopes_routes_and_reads_the_directory_and_never_expires() {
    IssuedApiKey issued = keys.create("ERP");

    assertThat(issued.apiKey().scopes())
        .containsExactly(ApiKeyScope.ROUTING, ApiKeyScope.DIRECTORY_READ);
    assertThat(issued.apiKey().expiresAt()).isNull();
    assertThat(issued.apiKey().createdAt()).isEqualTo(clock.now());
  }

  @Test
  void an_editor_gives_a_key_any_scopes_and_an_expiry() {
    Instant expiry = clock.now().plus(Duration.ofDays(30));
    IssuedApiKey issued = keys.create("Admin tool", EnumSet.allOf(ApiKeyScope.class), expiry);

    assertThat(issued.apiKey().scopes()).containsExactly(ApiKeyScope.values());
    assertThat(issued.apiKey().expiresAt()).isEqualTo(expiry);
    assertThat(keys.list()).containsExactly(issued.apiKey());
  }

  @Test
  void a_key_without_the_keys_scope_manages_no_keys() {
    IssuedApiKey existing = keys.create("ERP");
    currentUser.signIn(signedIn(keys.create("Router", Set.of(ApiKeyScope.ROUTING), null)));

    assertThatThrownBy(keys::list).satisfies(lacking(Rule.LACKS_SCOPE));
    assertThatThrownBy(() -> keys.create("More")).satisfies(lacking(Rule.LACKS_SCOPE));
    assertThatThrownBy(() -> keys.revoke(existing.apiKey().id()))
        .satisfies(lacking(Rule.LACKS_SCOPE));
    assertThat(apiKeys.list(acme)).hasSize(2);
  }

  @Test
  void a_key_with_the_keys_scope_creates_keys_within_its_own_scopes_only() {
    Actor manager =
        signedIn(keys.create("Manager", Set.of(ApiKeyScope.KEYS, ApiKeyScope.ROUTING), null));
    currentUser.signIn(manager);

    IssuedApiKey narrower = keys.create("Router", Set.of(ApiKeyScope.ROUTING), null);
    assertThat(narrower.apiKey().scopes()).containsExactly(ApiKeyScope.ROUTING);
    assertThatThrownBy(
            () ->
                keys.create(
                    "Wider", Set.of(ApiKeyScope.ROUTING, ApiKeyScope.DIRECTORY_WRITE), null))
        .isInstanceOfSatisfying(
            ForbiddenException.class,
            e -> {
              assertThat(e.toString()).contains("SCOPES_WIDER");
              assertThat(e.getMessage()).contains("DIRECTORY_WRITE").doesNotContain("ROUTING");
            });
    // the default asks for DIRECTORY_READ, which this key lacks
    assertThatThrownBy(() -> keys.create("Default")).isInstanceOf(ForbiddenException.class);
    keys.revoke(narrower.apiKey().id());
    assertThat(keys.list()).extracting(k -> k.name()).containsExactly("Manager");
  }

  @Test
  void a_key_with_no_scope_at_all_is_refused() {
    assertThatThrownBy(() -> keys.create("None", Set.of(), null))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void an_expired_key_signs_in_no_more() {
    IssuedApiKey issued = keys.create("Short", null, clock.now().plusSeconds(60));

    assertThat(authentication.useApiKey(issued.secret())).isPresent();
    clock.advance(Duration.ofSeconds(59));
    assertThat(authentication.useApiKey(issued.secret())).isPresent();
    clock.advance(Duration.ofSeconds(1));
    assertThat(authentication.useApiKey(issued.secret())).isEmpty();
  }

  @Test
  void a_keys_use_is_written_at_most_once_a_minute() {
    IssuedApiKey issued = keys.create("ERP");
    Instant first = clock.now();

    for (int call = 0; call < 5; call++) {
      authentication.useApiKey(issued.secret()).orElseThrow();
      clock.advance(Duration.ofSeconds(10));
    }
    assertThat(apiKeys.uses).containsExactly(first);
    assertThat(keys.list().get(0).lastUsedAt()).isEqualTo(first);

    clock.advance(Duration.ofSeconds(10));
    authentication.useApiKey(issued.secret()).orElseThrow();
    assertThat(apiKeys.uses).containsExactly(first, first.plusSeconds(60));
    assertThat(keys.list().get(0).lastUsedAt()).isEqualTo(first.plusSeconds(60));
  }

  @Test
  void a_failed_write_of_a_use_is_tried_again_on_the_next_call() {
    IssuedApiKey issued = keys.create("ERP");
    apiKeys.failNext = true;

    assertThatThrownBy(() -> authentication.useApiKey(issued.secret()))
        .isInstanceOf(IllegalStateException.class);
    authentication.useApiKey(issued.secret()).orElseThrow();

    assertThat(apiKeys.uses).containsExactly(clock.now());
  }

  @Test
  void past_its_capacity_the_memory_of_uses_starts_again() {
    KeyUses uses = new KeyUses(apiKeys, 1);
    ApiKeyId one = ApiKeyId.newId();
    ApiKeyId two = ApiKeyId.newId();

    uses.used(one, clock.now());
    uses.used(two, clock.now());
    uses.used(two, clock.now());
    uses.used(one, clock.now());

    assertThat(apiKeys.uses).hasSize(3);
  }

  private Actor signedIn(IssuedApiKey issued) {
    return authentication.useApiKey(issued.secret()).orElseThrow();
  }

  private static org.assertj.core.api.ThrowingConsumer<Throwable> lacking(Rule rule) {
    return e ->
        assertThat(e).isInstanceOf(ForbiddenException.class).hasMessageContaining(rule.name());
  }

  /** The fake, counting the uses written and failing one write when asked. */
  private static final class CountingApiKeys extends InMemoryApiKeys {
    final List<Instant> uses = new ArrayList<>();
    boolean failNext;

    @Override
    public synchronized void recordUse(ApiKeyId apiKeyId, Instant at) {
      if (failNext) {
        failNext = false;
        throw new IllegalStateException("the database is away");
      }
      uses.add(at);
      super.recordUse(apiKeyId, at);
    }
  }
}
