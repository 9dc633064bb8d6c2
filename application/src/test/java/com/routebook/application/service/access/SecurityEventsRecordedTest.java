package com.routebook.application.service.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.application.fake.InMemoryAccessChanges;
import com.routebook.application.fake.InMemoryApiKeys;
import com.routebook.application.fake.InMemoryClock;
import com.routebook.application.fake.InMemoryCurrentUser;
import com.routebook.application.fake.InMemorySecurityEventLog;
import com.routebook.application.fake.InMemorySignInFailures;
import com.routebook.application.fake.InMemoryTenants;
import com.routebook.application.fake.InMemoryUserAccounts;
import com.routebook.application.port.in.access.ManageApiKeysUseCase.IssuedApiKey;
import com.routebook.domain.TooManyAttemptsException;
import com.routebook.domain.access.ApiKeyScope;
import com.routebook.domain.access.SecurityEvent;
import com.routebook.domain.access.SecurityEventType;
import com.routebook.domain.access.Tenant;
import com.routebook.domain.tenant.Role;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which security events the access services record, and that none carries a secret. */
class SecurityEventsRecordedTest {

  private static final String PASSWORD = "a long enough password";

  private final InMemoryTenants tenants = new InMemoryTenants();
  private final InMemoryUserAccounts accounts = new InMemoryUserAccounts();
  private final InMemoryApiKeys apiKeys = new InMemoryApiKeys();
  private final InMemoryAccessChanges changes = new InMemoryAccessChanges();
  private final InMemoryClock clock = new InMemoryClock();
  private final InMemorySecurityEventLog log = new InMemorySecurityEventLog();
  private final InMemoryCurrentUser currentUser =
      new InMemoryCurrentUser(InMemoryCurrentUser.networkAdmin());
  private final PasswordHashing hashing = new PasswordHashing(1_000);
  private final SecurityEventService events = new SecurityEventService(log, currentUser, clock);
  private final TenantAdministrationService administration =
      new TenantAdministrationService(tenants, accounts, currentUser, clock, hashing);
  private final AuthenticationService authentication =
      new AuthenticationService(
          accounts, apiKeys, new InMemorySignInFailures(), changes, clock, hashing);
  private final ApiKeyService keys = new ApiKeyService(apiKeys, changes, currentUser, clock);

  private Tenant acme;

  @BeforeEach
  void wire() {
    administration.recordEventsWith(events);
    authentication.recordEventsWith(events);
    keys.recordEventsWith(events);
    acme = administration.createTenant("Acme");
    administration.createUser(acme.id(), "alice", PASSWORD.toCharArray(), Role.EDITOR);
  }

  @Test
  void a_user_created_is_recorded_by_the_administrator_without_the_password() {
    assertThat(log.all()).hasSize(1);
    SecurityEvent created = log.all().get(0);
    assertThat(created.type()).isEqualTo(SecurityEventType.USER_CREATED);
    assertThat(created.username()).isEqualTo("admin");
    assertThat(created.tenantId()).isEqualTo(acme.id());
    assertThat(created.detail()).contains("alice").contains("EDITOR");
    assertNoSecret(PASSWORD);
  }

  @Test
  void a_successful_sign_in_records_nothing_and_failures_are_recorded_with_their_reason() {
    authentication.signIn("alice", PASSWORD.toCharArray(), "10.0.0.1").orElseThrow();
    assertThat(log.all()).hasSize(1);

    authentication.signIn("alice", "wrong guess".toCharArray(), "10.0.0.1");
    authentication.signIn("nobody", "other guess".toCharArray(), "10.0.0.2");

    assertThat(log.all().subList(1, 3))
        .extracting(
            e ->
                e.type()
                    + " "
                    + e.username()
                    + " "
                    + e.tenantId()
                    + " "
                    + e.address()
                    + " "
                    + e.detail())
        .containsExactly(
            "SIGN_IN_FAILED alice " + acme.id() + " 10.0.0.1 wrong password",
            "SIGN_IN_FAILED nobody null 10.0.0.2 unknown user");
    assertNoSecret("wrong guess");
    assertNoSecret("other guess");
  }

  @Test
  void a_throttled_sign_in_is_recorded() {
    int free = LoginThrottle.USER_FROM_ADDRESS.freeFailures();
    for (int i = 0; i < free; i++) {
      authentication.signIn("alice", ("guess " + i).toCharArray(), "10.0.0.3");
    }
    assertThatThrownBy(() -> authentication.signIn("alice", PASSWORD.toCharArray(), "10.0.0.3"))
        .isInstanceOf(TooManyAttemptsException.class);

    assertThat(log.all())
        .extracting(SecurityEvent::type)
        .endsWith(SecurityEventType.THROTTLED)
        .filteredOn(t -> t == SecurityEventType.SIGN_IN_FAILED)
        .hasSize(free);
  }

  @Test
  void users_disabled_enabled_and_passwords_changed_are_recorded_without_the_passwords() {
    UserAdministrationService users =
        new UserAdministrationService(tenants, accounts, changes, currentUser);
    users.recordEventsWith(events);
    PasswordChangeService passwords =
        new PasswordChangeService(accounts, authentication, changes, currentUser, hashing);
    passwords.recordEventsWith(events);

    users.disable(acme.id(), "alice");
    users.enable(acme.id(), "alice");
    currentUser.signIn(authentication.signIn("alice", PASSWORD.toCharArray(), "10.0.0.6").get());
    currentUser.from("10.0.0.6");
    passwords.changePassword(PASSWORD.toCharArray(), "a brand new password".toCharArray());

    assertThat(log.all().subList(1, 4))
        .extracting(e -> e.type() + " " + e.username() + " " + e.tenantId() + " " + e.detail())
        .containsExactly(
            "USER_DISABLED admin " + acme.id() + " user alice disabled; their sessions ended",
            "USER_ENABLED admin " + acme.id() + " user alice enabled",
            "PASSWORD_CHANGED alice " + acme.id() + " password changed; the other sessions ended");
    assertThat(log.all().get(3).address()).isEqualTo("10.0.0.6");
    assertNoSecret(PASSWORD);
    assertNoSecret("a brand new password");
  }

  @Test
  void keys_created_revoked_unknown_and_expired_are_recorded_without_their_secret() {
    currentUser.signIn(InMemoryCurrentUser.editor(acme.id()));
    IssuedApiKey issued =
        keys.create("ERP", Set.of(ApiKeyScope.ROUTING), clock.now().plusSeconds(60));
    authentication.useApiKey(issued.secret(), "10.0.0.4").orElseThrow();
    authentication.useApiKey("rbk_made-up", "10.0.0.5");
    clock.advance(Duration.ofMinutes(1));
    authentication.useApiKey(issued.secret(), "10.0.0.4");
    keys.revoke(issued.apiKey().id());

    assertThat(log.all().subList(1, 5))
        .extracting(e -> e.type() + " " + e.username() + " " + e.tenantId() + " " + e.address())
        .containsExactly(
            "KEY_CREATED editor@" + acme.id() + " " + acme.id() + " unknown",
            "SIGN_IN_FAILED null null 10.0.0.5",
            "SIGN_IN_FAILED api-key:ERP " + acme.id() + " 10.0.0.4",
            "KEY_REVOKED editor@" + acme.id() + " " + acme.id() + " unknown");
    assertThat(log.all().get(1).detail())
        .contains(issued.apiKey().id().value())
        .contains("ERP")
        .contains("ROUTING")
        .contains("expires at");
    assertThat(log.all().get(2).detail()).isEqualTo("unknown API key");
    assertThat(log.all().get(3).detail()).contains("expired");
    assertNoSecret(issued.secret());
    assertNoSecret(issued.apiKey().secretHash());
    assertNoSecret("rbk_made-up");
  }

  @Test
  void a_key_that_never_expires_says_so() {
    currentUser.signIn(InMemoryCurrentUser.editor(acme.id()));
    keys.create("ERP");

    assertThat(log.all().get(1).detail()).contains("never expires");
  }

  private void assertNoSecret(String secret) {
    assertThat(log.all()).allSatisfy(e -> assertThat(e.toString()).doesNotContain(secret));
  }
}
