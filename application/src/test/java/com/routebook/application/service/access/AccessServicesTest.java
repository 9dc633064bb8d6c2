package com.routebook.application.service.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.application.fake.InMemoryAccessChanges;
import com.routebook.application.fake.InMemoryApiKeys;
import com.routebook.application.fake.InMemoryClock;
import com.routebook.application.fake.InMemoryCurrentUser;
import com.routebook.application.fake.InMemorySignInFailures;
import com.routebook.application.fake.InMemoryTenants;
import com.routebook.application.fake.InMemoryUserAccounts;
import com.routebook.application.port.in.access.ManageApiKeysUseCase.IssuedApiKey;
import com.routebook.application.port.in.access.ManageTenantsUseCase;
import com.routebook.application.port.in.access.SessionTicket;
import com.routebook.domain.ForbiddenException;
import com.routebook.domain.Input;
import com.routebook.domain.NotFoundException;
import com.routebook.domain.Rule;
import com.routebook.domain.TooManyAttemptsException;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import com.routebook.domain.access.ApiKeyId;
import com.routebook.domain.access.Tenant;
import com.routebook.domain.access.UserAccount;
import com.routebook.domain.access.UserId;
import com.routebook.domain.tenant.Actor;
import com.routebook.domain.tenant.Role;
import com.routebook.domain.tenant.TenantId;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccessServicesTest {

  private static final char[] PASSWORD = "a long enough password".toCharArray();

  private final InMemoryTenants tenants = new InMemoryTenants();
  private final InMemoryUserAccounts accounts = new InMemoryUserAccounts();
  private final InMemoryApiKeys apiKeys = new InMemoryApiKeys();
  private final InMemoryAccessChanges changes = new InMemoryAccessChanges();
  private final InMemorySignInFailures failures = new InMemorySignInFailures();
  private final InMemoryClock clock = new InMemoryClock();
  private final InMemoryCurrentUser currentUser =
      new InMemoryCurrentUser(InMemoryCurrentUser.networkAdmin());

  /** Few iterations keep the tests fast; PasswordHashingTest covers the real count. */
  private final CountingHashing hashing = new CountingHashing();

  private final TenantAdministrationService administration =
      new TenantAdministrationService(tenants, accounts, currentUser, clock, hashing);
  private final AuthenticationService authentication =
      new AuthenticationService(accounts, apiKeys, failures, changes, clock, hashing);
  private final ApiKeyService keys = new ApiKeyService(apiKeys, changes, currentUser, clock);

  private Tenant acme;

  @BeforeEach
  void aTenantWithAnEditor() {
    acme = administration.createTenant("Acme");
    administration.createUser(acme.id(), "alice", PASSWORD, Role.EDITOR);
  }

  @Test
  void a_user_signs_in_with_the_right_password_as_an_actor_of_the_tenant() {
    Actor actor = authentication.signIn("alice", PASSWORD, "10.0.0.1").orElseThrow();

    assertThat(actor.username()).isEqualTo("alice");
    assertThat(actor.tenant()).contains(acme.id());
    assertThat(actor.roles()).containsExactly(Role.EDITOR);
  }

  @Test
  void a_wrong_password_or_unknown_user_or_missing_input_signs_nobody_in() {
    assertThat(authentication.signIn("alice", "wrong".toCharArray(), "10.0.0.1")).isEmpty();
    assertThat(authentication.signIn("bob", PASSWORD, "10.0.0.1")).isEmpty();
    assertThat(authentication.signIn(" ", PASSWORD, "10.0.0.1")).isEmpty();
    assertThat(authentication.signIn(null, PASSWORD, "10.0.0.1")).isEmpty();
    assertThat(authentication.signIn("alice", null, "10.0.0.1")).isEmpty();
  }

  @Test
  void a_verified_password_is_not_hashed_again_on_the_next_calls() {
    authentication.signIn("alice", PASSWORD, "10.0.0.1").orElseThrow();
    int checks = hashing.checks;

    for (int call = 0; call < 5; call++) {
      assertThat(authentication.signIn("alice", PASSWORD, "10.0.0.1")).isPresent();
    }
    assertThat(hashing.checks).isEqualTo(checks);
    assertThat(authentication.signIn("alice", "wrong".toCharArray(), "10.0.0.1")).isEmpty();
    assertThat(hashing.checks).isEqualTo(checks + 1);
  }

  @Test
  void the_same_credentials_asked_at_once_are_hashed_once() throws Exception {
    GateHashing gated = new GateHashing();
    AuthenticationService fresh =
        new AuthenticationService(accounts, apiKeys, failures, changes, clock, gated);
    ExecutorService callers = Executors.newFixedThreadPool(2);
    try {
      Future<Optional<Actor>> first =
          callers.submit(() -> fresh.signIn("alice", PASSWORD, "10.0.0.1"));
      assertThat(gated.entered.await(10, TimeUnit.SECONDS)).isTrue();
      Thread[] second = new Thread[1];
      Future<Optional<Actor>> other =
          callers.submit(
              () -> {
                second[0] = Thread.currentThread();
                return fresh.signIn("alice", PASSWORD, "10.0.0.2");
              });
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while ((second[0] == null || second[0].getState() != Thread.State.WAITING)
          && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      gated.gate.countDown();

      assertThat(first.get(10, TimeUnit.SECONDS)).isPresent();
      assertThat(other.get(10, TimeUnit.SECONDS)).isPresent();
      assertThat(gated.checks.get()).isEqualTo(1);
    } finally {
      gated.gate.countDown();
      callers.shutdownNow();
    }
  }

  @Test
  void a_changed_password_or_a_removed_account_counts_as_soon_as_the_change_is_heard_of() {
    authentication.signIn("alice", PASSWORD, "10.0.0.1").orElseThrow();
    UserAccount alice = accounts.findByUsername("alice").orElseThrow();
    char[] newPassword = "another long password".toCharArray();
    accounts.replace(
        new UserAccount(
            alice.id(), "alice", hashing.hash(newPassword), alice.role(), alice.tenantId()));
    changes.heardOfChange();

    assertThat(authentication.signIn("alice", PASSWORD, "10.0.0.1")).isEmpty();
    assertThat(authentication.signIn("alice", newPassword, "10.0.0.1")).isPresent();

    accounts.remove("alice");
    changes.heardOfChange();
    assertThat(authentication.signIn("alice", newPassword, "10.0.0.1")).isEmpty();
  }

  @Test
  void an_account_read_is_trusted_from_memory_only_until_a_change_is_heard_of() {
    authentication.signIn("alice", PASSWORD, "10.0.0.1").orElseThrow();
    accounts.remove("alice");

    assertThat(authentication.signIn("alice", PASSWORD, "10.0.0.1"))
        .as("not heard of yet: the account read before is trusted")
        .isPresent();
    changes.heardOfChange();
    assertThat(authentication.signIn("alice", PASSWORD, "10.0.0.1")).isEmpty();
  }

  @Test
  void nothing_is_trusted_from_memory_while_changes_cannot_be_followed() {
    currentUser.signIn(InMemoryCurrentUser.editor(acme.id()));
    IssuedApiKey issued = keys.create("ERP");
    authentication.useApiKey(issued.secret()).orElseThrow();
    authentication.signIn("alice", PASSWORD, "10.0.0.1").orElseThrow();
    changes.following(false);

    apiKeys.revoke(acme.id(), issued.apiKey().id(), clock.now());
    accounts.remove("alice");

    assertThat(authentication.useApiKey(issued.secret())).isEmpty();
    assertThat(authentication.signIn("alice", PASSWORD, "10.0.0.1")).isEmpty();
  }

  @Test
  void an_api_key_read_is_trusted_until_a_change_is_heard_of_and_a_revoke_here_counts_at_once() {
    currentUser.signIn(InMemoryCurrentUser.editor(acme.id()));
    IssuedApiKey first = keys.create("ERP");
    IssuedApiKey second = keys.create("Shop");
    authentication.useApiKey(first.secret()).orElseThrow();
    authentication.useApiKey(second.secret()).orElseThrow();

    apiKeys.revoke(acme.id(), first.apiKey().id(), clock.now());
    assertThat(authentication.useApiKey(first.secret()))
        .as("revoked elsewhere, not heard of yet")
        .isPresent();
    changes.heardOfChange();
    assertThat(authentication.useApiKey(first.secret())).isEmpty();

    keys.revoke(second.apiKey().id());
    assertThat(authentication.useApiKey(second.secret())).isEmpty();
  }

  @Test
  void a_wrong_password_forgets_the_verified_one_until_it_is_checked_again() {
    authentication.signIn("alice", PASSWORD, "10.0.0.1").orElseThrow();
    authentication.signIn("alice", "wrong".toCharArray(), "10.0.0.1");
    int checks = hashing.checks;

    assertThat(authentication.signIn("alice", PASSWORD, "10.0.0.1")).isPresent();
    assertThat(hashing.checks).isEqualTo(checks + 1);
  }

  @Test
  void repeated_failures_refuse_even_the_right_password_from_that_address_for_a_while() {
    for (int i = 0; i < LoginThrottle.USER_FROM_ADDRESS.freeFailures(); i++) {
      authentication.signIn("alice", "wrong".toCharArray(), "10.0.0.9");
    }

    assertThatThrownBy(() -> authentication.signIn("alice", PASSWORD, "10.0.0.9"))
        .isInstanceOfSatisfying(
            TooManyAttemptsException.class,
            refused -> assertThat(refused.retryAfterSeconds()).isEqualTo(30));
    assertThat(authentication.signIn("alice", PASSWORD, "10.0.0.1")).isPresent();
    clock.advance(Duration.ofSeconds(30));
    assertThat(authentication.signIn("alice", PASSWORD, "10.0.0.9")).isPresent();
  }

  @Test
  void failures_recorded_through_one_instance_refuse_the_guesser_on_another() {
    InMemoryAccessChanges otherChanges = new InMemoryAccessChanges();
    AuthenticationService other =
        new AuthenticationService(accounts, apiKeys, failures, otherChanges, clock, hashing);
    assertThat(other.signIn("alice", PASSWORD, "10.0.0.9")).isPresent();

    for (int i = 0; i < LoginThrottle.USER_FROM_ADDRESS.freeFailures(); i++) {
      authentication.signIn("alice", "wrong".toCharArray(), "10.0.0.9");
    }
    otherChanges.heardOfChange();

    assertThatThrownBy(() -> other.signIn("alice", PASSWORD, "10.0.0.9"))
        .isInstanceOf(TooManyAttemptsException.class);
    assertThat(other.signIn("alice", PASSWORD, "10.0.0.1")).isPresent();
  }

  @Test
  void the_throttle_reads_its_records_again_only_after_a_change() {
    authentication.signIn("alice", PASSWORD, "10.0.0.1").orElseThrow();
    int reads = failures.reads();

    authentication.signIn("alice", PASSWORD, "10.0.0.1").orElseThrow();
    assertThat(failures.reads()).isEqualTo(reads);

    changes.heardOfChange();
    authentication.signIn("alice", PASSWORD, "10.0.0.1").orElseThrow();
    assertThat(failures.reads()).as("its three counts").isEqualTo(reads + 3);
  }

  @Test
  void a_success_clears_the_failures_recorded_for_that_address() {
    authentication.signIn("alice", "wrong".toCharArray(), "10.0.0.1");
    assertThat(failures.size()).as("for alice from there, for alice, from there").isEqualTo(3);

    authentication.signIn("alice", PASSWORD, "10.0.0.1").orElseThrow();

    assertThat(failures.find("alice", "10.0.0.1")).isEmpty();
    assertThat(failures.size()).isEqualTo(2);
  }

  @Test
  void a_sessions_ticket_resumes_as_the_actor_while_the_account_is_unchanged() {
    SessionTicket ticket = authentication.ticket("alice").orElseThrow();

    Actor actor = authentication.resume(ticket).orElseThrow();

    assertThat(actor.username()).isEqualTo("alice");
    assertThat(actor.tenant()).contains(acme.id());
    assertThat(actor.roles()).containsExactly(Role.EDITOR);
    assertThat(ticket.accountStamp())
        .doesNotContain(accounts.findByUsername("alice").orElseThrow().passwordHash());
  }

  @Test
  void a_sessions_ticket_ends_once_the_password_or_role_changes_or_the_account_is_gone() {
    SessionTicket ticket = authentication.ticket("alice").orElseThrow();
    UserAccount alice = accounts.findByUsername("alice").orElseThrow();

    accounts.replace(
        new UserAccount(alice.id(), "alice", alice.passwordHash(), Role.VIEWER, alice.tenantId()));
    changes.heardOfChange();
    assertThat(authentication.resume(ticket)).isEmpty();

    accounts.replace(alice);
    changes.heardOfChange();
    assertThat(authentication.resume(ticket)).isPresent();

    accounts.replace(
        new UserAccount(
            alice.id(),
            "alice",
            hashing.hash("changed password!".toCharArray()),
            alice.role(),
            alice.tenantId()));
    changes.heardOfChange();
    assertThat(authentication.resume(ticket)).isEmpty();

    SessionTicket renewed = authentication.ticket("alice").orElseThrow();
    accounts.remove("alice");
    changes.heardOfChange();
    assertThat(authentication.resume(renewed)).isEmpty();
  }

  @Test
  void no_ticket_for_an_unknown_user_and_a_forged_or_empty_ticket_resumes_nobody() {
    assertThat(authentication.ticket("nobody")).isEmpty();
    assertThat(authentication.resume(new SessionTicket("alice", "forged"))).isEmpty();
    assertThat(authentication.resume(new SessionTicket("nobody", "x"))).isEmpty();
    assertThat(authentication.resume(new SessionTicket(null, "x"))).isEmpty();
    assertThat(authentication.resume(null)).isEmpty();
  }

  @Test
  void an_editor_creates_a_key_whose_secret_signs_in_as_an_editor_of_the_tenant_until_revoked() {
    currentUser.signIn(InMemoryCurrentUser.editor(acme.id()));
    IssuedApiKey issued = keys.create("ERP");

    assertThat(issued.secret()).startsWith("rbk_").hasSizeGreaterThan(40);
    assertThat(issued.apiKey().secretHash()).doesNotContain(issued.secret());
    Actor machine = authentication.useApiKey(issued.secret()).orElseThrow();
    assertThat(machine.tenant()).contains(acme.id());
    assertThat(machine.roles()).containsExactly(Role.EDITOR);
    assertThat(keys.list()).containsExactly(issued.apiKey().usedAt(clock.now()));

    keys.revoke(issued.apiKey().id());

    assertThat(authentication.useApiKey(issued.secret())).isEmpty();
    assertThat(keys.list()).isEmpty();
  }

  @Test
  void an_unknown_or_empty_api_key_signs_nobody_in() {
    assertThat(authentication.useApiKey("rbk_unknown")).isEmpty();
    assertThat(authentication.useApiKey("")).isEmpty();
    assertThat(authentication.useApiKey(null)).isEmpty();
  }

  @Test
  void another_tenants_key_cannot_be_revoked() {
    currentUser.signIn(InMemoryCurrentUser.editor(acme.id()));
    IssuedApiKey issued = keys.create("ERP");
    currentUser.signIn(InMemoryCurrentUser.editor(new TenantId("other")));

    assertThatThrownBy(() -> keys.revoke(issued.apiKey().id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> keys.revoke(ApiKeyId.newId())).isInstanceOf(NotFoundException.class);
    assertThat(authentication.useApiKey(issued.secret())).isPresent();
  }

  @Test
  void a_viewer_or_an_administrator_manages_no_api_keys() {
    currentUser.signIn(InMemoryCurrentUser.viewer(acme.id()));
    assertThatThrownBy(() -> keys.create("ERP")).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(keys::list).isInstanceOf(ForbiddenException.class);

    currentUser.signIn(InMemoryCurrentUser.networkAdmin());
    assertThatThrownBy(() -> keys.create("ERP")).isInstanceOf(ForbiddenException.class);
  }

  @Test
  void only_a_network_administrator_manages_tenants_and_users() {
    currentUser.signIn(InMemoryCurrentUser.editor(acme.id()));

    assertThatThrownBy(() -> administration.createTenant("Evil"))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(administration::tenants).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> administration.createUser(acme.id(), "mallory", PASSWORD, Role.EDITOR))
        .isInstanceOf(ForbiddenException.class);
    assertThat(accounts.findByUsername("mallory")).isEmpty();
  }

  @Test
  void an_administrator_lists_the_tenants() {
    assertThat(administration.tenants()).containsExactly(acme);
  }

  @Test
  void a_tenants_user_is_a_viewer_or_an_editor_of_an_existing_tenant_with_a_long_password() {
    assertThatThrownBy(
            () -> administration.createUser(acme.id(), "root", PASSWORD, Role.NETWORK_ADMIN))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        Violation.of(Input.ROLE, Rule.TENANT_USER_ROLE, Role.NETWORK_ADMIN)));
    assertThatThrownBy(
            () -> administration.createUser(new TenantId("nope"), "carol", PASSWORD, Role.VIEWER))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> administration.createUser(acme.id(), "carol", "short".toCharArray(), Role.VIEWER))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(Violation.of(Input.PASSWORD, Rule.PASSWORD_TOO_SHORT, 12)));

    UserAccount carol = administration.createUser(acme.id(), "carol", PASSWORD, Role.VIEWER);
    assertThat(carol.passwordHash()).startsWith("pbkdf2-sha256$");
  }

  @Test
  void the_network_administrator_of_the_environment_is_created_once_and_then_left_as_it_is() {
    assertThat(administration.ensureNetworkAdministrator("root", PASSWORD))
        .isEqualTo(ManageTenantsUseCase.AdministratorSeed.CREATED);
    assertThat(
            administration.ensureNetworkAdministrator(
                "root", "another-long-password".toCharArray()))
        .isEqualTo(ManageTenantsUseCase.AdministratorSeed.ALREADY_PRESENT);

    assertThat(authentication.signIn("root", PASSWORD, "127.0.0.1").orElseThrow().roles())
        .containsExactly(Role.NETWORK_ADMIN);
  }

  @Test
  void another_network_administrator_such_as_the_demo_one_does_not_stand_in_the_way() {
    administration.ensureNetworkAdministrator("network-admin", PASSWORD);

    assertThat(administration.ensureNetworkAdministrator("root", PASSWORD))
        .isEqualTo(ManageTenantsUseCase.AdministratorSeed.CREATED);
    assertThat(authentication.signIn("root", PASSWORD, "127.0.0.1").orElseThrow().roles())
        .containsExactly(Role.NETWORK_ADMIN);
  }

  @Test
  void a_tenant_user_of_that_name_is_reported_and_no_administrator_is_created() {
    accounts.add(
        new UserAccount(
            UserId.newId(), "root", hashing.hash(PASSWORD), Role.EDITOR, new TenantId("t-1")));

    assertThat(administration.ensureNetworkAdministrator("root", PASSWORD))
        .isEqualTo(ManageTenantsUseCase.AdministratorSeed.NAME_TAKEN_BY_A_TENANT_USER);
    assertThat(accounts.findByUsername("root").orElseThrow().role()).isEqualTo(Role.EDITOR);
  }

  @Test
  void demo_accounts_are_reported_while_they_accept_the_published_password() {
    assertThat(administration.demoAccountsInPlace()).isEmpty();
    administration.ensureNetworkAdministrator("network-admin", "demo-password".toCharArray());
    administration.ensureNetworkAdministrator("demo-editor", PASSWORD);

    assertThat(administration.demoAccountsInPlace()).containsExactly("network-admin");
  }

  /** Hashing with few iterations that counts the slow checks it makes. */
  /** Holds every check at a gate until the test opens it, counting the checks. */
  private static final class GateHashing extends PasswordHashing {
    final AtomicInteger checks = new AtomicInteger();
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch gate = new CountDownLatch(1);

    GateHashing() {
      super(1_000);
    }

    @Override
    public boolean matches(char[] password, String stored) {
      checks.incrementAndGet();
      entered.countDown();
      try {
        gate.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return super.matches(password, stored);
    }
  }

  private static final class CountingHashing extends PasswordHashing {
    int checks;

    CountingHashing() {
      super(1_000);
    }

    @Override
    public boolean matches(char[] password, String stored) {
      checks++;
      return super.matches(password, stored);
    }
  }
}
