package com.routebook.adapter.persistence.contract;

import static com.routebook.adapter.persistence.testing.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.domain.ConflictException;
import com.routebook.domain.DomainException;
import com.routebook.domain.access.ApiKey;
import com.routebook.domain.access.ApiKeyId;
import com.routebook.domain.access.Tenant;
import com.routebook.domain.access.UserAccount;
import com.routebook.domain.access.UserId;
import com.routebook.domain.tenant.Role;
import org.junit.jupiter.api.Test;

/** What the tenants, user accounts and API keys must do on every database. */
abstract class AccessContract extends PersistenceTestBase {

  static final String HASH_1 = "a".repeat(64);
  static final String HASH_2 = "b".repeat(64);

  @Test
  void tenants_are_listed_by_name_found_by_id_and_names_are_unique() {
    Tenant alpha = tenants.add(Tenant.create("Alpha", NOW));

    assertThat(tenants.all())
        .extracting(Tenant::name)
        .containsExactly("Alpha", "Tenant A", "Tenant B");
    assertThat(tenants.findById(alpha.id())).contains(alpha);
    assertThatThrownBy(() -> tenants.add(Tenant.create("Alpha", NOW)))
        .isInstanceOf(ConflictException.class)
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("TENANT_EXISTS");
  }

  @Test
  void accounts_are_found_by_username_which_is_unique_across_tenants() {
    UserAccount editor =
        users.add(new UserAccount(UserId.newId(), "anna", "hash", Role.EDITOR, tenantA));

    assertThat(users.findByUsername("anna")).contains(editor);
    assertThat(users.findByUsername("Anna")).isEmpty();
    assertThatThrownBy(
            () -> users.add(new UserAccount(UserId.newId(), "anna", "hash", Role.VIEWER, tenantB)))
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("USERNAME_TAKEN");
  }

  @Test
  void a_network_administrator_is_noticed() {
    assertThat(users.anyNetworkAdministrator()).isFalse();

    users.add(new UserAccount(UserId.newId(), "admin", "hash", Role.NETWORK_ADMIN, null));

    assertThat(users.anyNetworkAdministrator()).isTrue();
  }

  @Test
  void api_keys_are_listed_oldest_first_found_by_secret_hash_and_revoked_within_the_tenant() {
    ApiKey older = apiKeys.add(new ApiKey(ApiKeyId.newId(), tenantA, "ERP", HASH_1, NOW));
    ApiKey newer =
        apiKeys.add(new ApiKey(ApiKeyId.newId(), tenantA, "Shop", HASH_2, NOW.plusSeconds(1)));

    assertThat(apiKeys.list(tenantA)).containsExactly(older, newer);
    assertThat(apiKeys.list(tenantB)).isEmpty();
    assertThat(apiKeys.findActiveBySecretHash(HASH_1)).contains(older);

    assertThat(apiKeys.revoke(tenantB, older.id(), NOW)).isFalse();
    assertThat(apiKeys.findActiveBySecretHash(HASH_1)).contains(older);

    assertThat(apiKeys.revoke(tenantA, older.id(), NOW)).isTrue();
    assertThat(apiKeys.revoke(tenantA, older.id(), NOW)).isFalse();
    assertThat(apiKeys.findActiveBySecretHash(HASH_1)).isEmpty();
    assertThat(apiKeys.list(tenantA)).containsExactly(newer);
  }
}
