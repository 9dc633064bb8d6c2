package com.routebook.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.application.port.out.ApiKeys;
import com.routebook.application.port.out.Tenants;
import com.routebook.application.port.out.UserAccounts;
import com.routebook.domain.ConflictException;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.access.ApiKey;
import com.routebook.domain.access.ApiKeyId;
import com.routebook.domain.access.ApiKeyScope;
import com.routebook.domain.access.Tenant;
import com.routebook.domain.access.UserAccount;
import com.routebook.domain.access.UserId;
import com.routebook.domain.tenant.Role;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of the access ports ({@link Tenants}, {@link UserAccounts}, {@link ApiKeys}), run
 * against every implementation. Names are made unique per test so that a database that keeps rows
 * between tests does not matter.
 */
public abstract class AccessContract {

  private static final Instant AT = Instant.parse("2026-03-01T10:15:30Z");

  private Tenants tenants;
  private UserAccounts accounts;
  private ApiKeys apiKeys;
  private String unique;

  /** The three ports, on one store, empty or not. */
  protected abstract Tenants tenants();

  protected abstract UserAccounts userAccounts();

  protected abstract ApiKeys apiKeys();

  @BeforeEach
  void openPorts() {
    tenants = tenants();
    accounts = userAccounts();
    apiKeys = apiKeys();
    unique = UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void a_tenant_added_is_found_by_id_and_listed() {
    Tenant tenant = tenants.add(Tenant.create("Tenant " + unique, AT));

    assertThat(tenants.findById(tenant.id())).contains(tenant);
    assertThat(tenants.all()).contains(tenant);
  }

  @Test
  void two_tenants_cannot_share_a_name() {
    tenants.add(Tenant.create("Same " + unique, AT));

    assertThatThrownBy(() -> tenants.add(Tenant.create("Same " + unique, AT)))
        .isInstanceOf(ConflictException.class)
        .extracting("code")
        .isEqualTo(ErrorCode.TENANT_EXISTS);
  }

  @Test
  void an_account_is_found_by_its_exact_username() {
    Tenant tenant = tenants.add(Tenant.create("Users " + unique, AT));
    UserAccount account =
        accounts.add(
            new UserAccount(UserId.newId(), "user-" + unique, "hash", Role.EDITOR, tenant.id()));

    assertThat(accounts.findByUsername("user-" + unique)).contains(account);
    assertThat(accounts.findByUsername("nobody-" + unique)).isEmpty();
  }

  @Test
  void a_username_is_unique_across_tenants() {
    Tenant one = tenants.add(Tenant.create("One " + unique, AT));
    Tenant two = tenants.add(Tenant.create("Two " + unique, AT));
    accounts.add(new UserAccount(UserId.newId(), "dup-" + unique, "h", Role.VIEWER, one.id()));

    assertThatThrownBy(
            () ->
                accounts.add(
                    new UserAccount(UserId.newId(), "dup-" + unique, "h", Role.VIEWER, two.id())))
        .isInstanceOf(ConflictException.class)
        .extracting("code")
        .isEqualTo(ErrorCode.USERNAME_TAKEN);
  }

  @Test
  void a_network_administrator_once_added_exists() {
    accounts.add(new UserAccount(UserId.newId(), "admin-" + unique, "h", Role.NETWORK_ADMIN, null));

    assertThat(accounts.anyNetworkAdministrator()).isTrue();
  }

  @Test
  void a_tenants_accounts_are_listed_by_username_with_their_state() {
    Tenant tenant = tenants.add(Tenant.create("Listed " + unique, AT));
    Tenant other = tenants.add(Tenant.create("Unlisted " + unique, AT));
    UserAccount bob =
        accounts.add(
            new UserAccount(UserId.newId(), "bob-" + unique, "h", Role.VIEWER, tenant.id()));
    UserAccount alice =
        accounts.add(
            new UserAccount(UserId.newId(), "alice-" + unique, "h", Role.EDITOR, tenant.id()));
    accounts.add(new UserAccount(UserId.newId(), "carol-" + unique, "h", Role.EDITOR, other.id()));
    assertThat(accounts.replace(bob, bob.disable())).isTrue();

    assertThat(accounts.inTenant(tenant.id())).containsExactly(alice, bob.disable());
  }

  @Test
  void an_account_is_replaced_with_its_password_state_and_generation_only_as_stored() {
    Tenant tenant = tenants.add(Tenant.create("Replaced " + unique, AT));
    UserAccount stored =
        accounts.add(
            new UserAccount(UserId.newId(), "dora-" + unique, "h1", Role.EDITOR, tenant.id()));
    UserAccount disabled = stored.disable();

    assertThat(accounts.replace(stored, disabled)).isTrue();
    assertThat(accounts.findByUsername(stored.username())).contains(disabled);

    assertThat(accounts.replace(stored, stored.withPasswordHash("h2")))
        .as("changed meanwhile: not overwritten")
        .isFalse();
    assertThat(accounts.findByUsername(stored.username())).contains(disabled);

    UserAccount changed = disabled.enable().withPasswordHash("h2");
    assertThat(accounts.replace(disabled, changed)).isTrue();
    assertThat(accounts.findByUsername(stored.username())).contains(changed);
    assertThat(changed.sessionGeneration()).isEqualTo(2);

    UserAccount gone =
        new UserAccount(UserId.newId(), "gone-" + unique, "h", Role.VIEWER, tenant.id());
    assertThat(accounts.replace(gone, gone.disable())).isFalse();
    assertThat(accounts.findByUsername(gone.username())).isEmpty();
  }

  @Test
  void an_api_key_is_found_by_its_secret_hash_until_revoked() {
    Tenant tenant = tenants.add(Tenant.create("Keys " + unique, AT));
    ApiKey key = apiKeys.add(key(tenant, hash("a")));

    assertThat(apiKeys.findActiveBySecretHash(hash("a"))).contains(key);
    assertThat(apiKeys.list(tenant.id())).containsExactly(key);

    assertThat(apiKeys.revoke(tenant.id(), key.id(), AT.plusSeconds(1))).isTrue();

    assertThat(apiKeys.findActiveBySecretHash(hash("a"))).isEmpty();
    assertThat(apiKeys.list(tenant.id())).isEmpty();
    assertThat(apiKeys.revoke(tenant.id(), key.id(), AT.plusSeconds(2))).isFalse();
  }

  @Test
  void a_tenant_neither_lists_nor_revokes_another_tenants_key() {
    Tenant owner = tenants.add(Tenant.create("Owner " + unique, AT));
    Tenant other = tenants.add(Tenant.create("Other " + unique, AT));
    ApiKey key = apiKeys.add(key(owner, hash("b")));

    assertThat(apiKeys.list(other.id())).isEmpty();
    assertThat(apiKeys.revoke(other.id(), key.id(), AT)).isFalse();
    assertThat(apiKeys.findActiveBySecretHash(hash("b"))).contains(key);
  }

  @Test
  void a_key_keeps_its_scopes_and_expiry() {
    Tenant tenant = tenants.add(Tenant.create("Scopes " + unique, AT));
    ApiKey key =
        apiKeys.add(
            ApiKey.issue(
                ApiKeyId.newId(),
                tenant.id(),
                "Shop",
                hash("c"),
                AT,
                Set.of(ApiKeyScope.KEYS, ApiKeyScope.DIRECTORY_WRITE),
                AT.plusSeconds(86_400)));

    assertThat(apiKeys.findActiveBySecretHash(hash("c"))).contains(key);
    ApiKey listed = apiKeys.list(tenant.id()).get(0);
    assertThat(listed.scopes()).containsExactly(ApiKeyScope.DIRECTORY_WRITE, ApiKeyScope.KEYS);
    assertThat(listed.expiresAt()).isEqualTo(AT.plusSeconds(86_400));
    assertThat(listed.lastUsedAt()).isNull();
  }

  @Test
  void a_keys_last_use_is_the_latest_recorded() {
    Tenant tenant = tenants.add(Tenant.create("Uses " + unique, AT));
    ApiKey key = apiKeys.add(key(tenant, hash("d")));
    ApiKey untouched = apiKeys.add(key(tenant, hash("e")));

    apiKeys.recordUse(key.id(), AT.plusSeconds(10));
    assertThat(apiKeys.list(tenant.id()))
        .containsExactlyInAnyOrder(key.usedAt(AT.plusSeconds(10)), untouched);

    apiKeys.recordUse(key.id(), AT.plusSeconds(5));
    assertThat(lastUse(tenant, key)).isEqualTo(AT.plusSeconds(10));

    apiKeys.recordUse(key.id(), AT.plusSeconds(70));
    assertThat(lastUse(tenant, key)).isEqualTo(AT.plusSeconds(70));
  }

  private Instant lastUse(Tenant tenant, ApiKey key) {
    return apiKeys.list(tenant.id()).stream()
        .filter(k -> k.id().equals(key.id()))
        .findFirst()
        .orElseThrow()
        .lastUsedAt();
  }

  private static ApiKey key(Tenant tenant, String secretHash) {
    return ApiKey.issue(
        ApiKeyId.newId(), tenant.id(), "ERP", secretHash, AT, ApiKeyScope.DEFAULT, null);
  }

  private String hash(String seed) {
    // 64 hex characters, unique per test and seed, as a SHA-256 would be.
    String base = (unique + seed).replaceAll("[^0-9a-f]", "0");
    return (base + "0".repeat(64)).substring(0, 64);
  }
}
