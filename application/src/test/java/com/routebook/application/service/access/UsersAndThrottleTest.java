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
import com.routebook.application.port.in.access.SessionTicket;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.ForbiddenException;
import com.routebook.domain.Input;
import com.routebook.domain.NotFoundException;
import com.routebook.domain.Rule;
import com.routebook.domain.TooManyAttemptsException;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import com.routebook.domain.access.Tenant;
import com.routebook.domain.access.UserAccount;
import com.routebook.domain.tenant.Actor;
import com.routebook.domain.tenant.Role;
import com.routebook.domain.tenant.TenantId;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Disabling and enabling users, the password change, and the work the throttle bounds. */
class UsersAndThrottleTest {

  private static final char[] PASSWORD = "a long enough password".toCharArray();
  private static final char[] NEW_PASSWORD = "another long password".toCharArray();

  private final InMemoryTenants tenants = new InMemoryTenants();
  private final InMemoryUserAccounts accounts = new InMemoryUserAccounts();
  private final InMemoryAccessChanges changes = new InMemoryAccessChanges();
  private final InMemorySignInFailures failures = new InMemorySignInFailures();
  private final InMemoryClock clock = new InMemoryClock();
  private final InMemoryCurrentUser currentUser =
      new InMemoryCurrentUser(InMemoryCurrentUser.networkAdmin());
  private final CountingHashing hashing = new CountingHashing();

  private final TenantAdministrationService administration =
      new TenantAdministrationService(tenants, accounts, currentUser, clock, hashing);
  private final AuthenticationService authentication =
      new AuthenticationService(accounts, new InMemoryApiKeys(), failures, changes, clock, hashing);
  private final UserAdministrationService users =
      new UserAdministrationService(tenants, accounts, changes, currentUser);
  private final PasswordChangeService passwords =
      new PasswordChangeService(accounts, authentication, changes, currentUser, hashing);

  private Tenant acme;

  @BeforeEach
  void aTenantWithTwoUsers() {
    acme = administration.createTenant("Acme");
    administration.createUser(acme.id(), "bob", PASSWORD, Role.VIEWER);
    administration.createUser(acme.id(), "alice", PASSWORD, Role.EDITOR);
  }

  private Actor signedInAs(String username) {
    Actor actor = authentication.signIn(username, PASSWORD, "10.0.0.1").orElseThrow();
    currentUser.signIn(actor);
    return actor;
  }

  @Test
  void an_administrator_lists_a_tenants_users_with_their_state() {
    users.disable(acme.id(), "bob");

    assertThat(users.users(acme.id()))
        .extracting(UserAccount::username, UserAccount::disabled)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("alice", false),
            org.assertj.core.groups.Tuple.tuple("bob", true));
  }

  @Test
  void a_disabled_user_signs_in_nowhere_and_their_sessions_end_until_enabled_again() {
    assertThat(authentication.signIn("alice", PASSWORD, "10.0.0.1")).isPresent();
    SessionTicket ticket = authentication.ticket("alice").orElseThrow();
    long marked = changes.mark().orElseThrow();

    UserAccount disabled = users.disable(acme.id(), "alice");

    assertThat(disabled.disabled()).isTrue();
    assertThat(changes.mark()).isNotEqualTo(java.util.OptionalLong.of(marked));
    assertThat(authentication.signIn("alice", PASSWORD, "10.0.0.1")).isEmpty();
    assertThat(authentication.resume(ticket)).isEmpty();
    assertThat(authentication.ticket("alice")).isEmpty();

    UserAccount enabled = users.enable(acme.id(), "alice");

    assertThat(enabled.disabled()).isFalse();
    assertThat(authentication.signIn("alice", PASSWORD, "10.0.0.1")).isPresent();
    assertThat(authentication.resume(ticket)).as("a session ended stays ended").isEmpty();
    assertThat(authentication.resume(authentication.ticket("alice").orElseThrow())).isPresent();
  }

  @Test
  void disabling_twice_or_enabling_an_enabled_user_changes_nothing() {
    UserAccount once = users.disable(acme.id(), "alice");
    long marked = changes.mark().orElseThrow();

    assertThat(users.disable(acme.id(), "alice")).isEqualTo(once);
    assertThat(changes.mark()).hasValue(marked);
    UserAccount enabled = users.enable(acme.id(), "alice");
    assertThat(users.enable(acme.id(), "alice")).isEqualTo(enabled);
  }

  @Test
  void only_an_administrator_disables_and_only_users_of_that_tenant() {
    Tenant other = administration.createTenant("Other");

    assertThatThrownBy(() -> users.disable(other.id(), "alice"))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.USER_NOT_FOUND));
    assertThatThrownBy(() -> users.disable(acme.id(), "nobody"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> users.enable(acme.id(), null)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> users.users(new TenantId("nope")))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.TENANT_NOT_FOUND));

    currentUser.signIn(InMemoryCurrentUser.editor(acme.id()));
    assertThatThrownBy(() -> users.disable(acme.id(), "bob"))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> users.users(acme.id())).isInstanceOf(ForbiddenException.class);
    assertThat(accounts.findByUsername("bob").orElseThrow().disabled()).isFalse();
  }

  @Test
  void a_password_change_ends_the_other_sessions_and_the_old_password() {
    signedInAs("alice");
    SessionTicket before = authentication.ticket("alice").orElseThrow();

    passwords.changePassword(PASSWORD, NEW_PASSWORD);

    assertThat(authentication.resume(before)).isEmpty();
    assertThat(authentication.signIn("alice", PASSWORD, "10.0.0.1")).isEmpty();
    assertThat(authentication.signIn("alice", NEW_PASSWORD, "10.0.0.1")).isPresent();
    assertThat(authentication.resume(authentication.ticket("alice").orElseThrow())).isPresent();
    assertThat(accounts.findByUsername("alice").orElseThrow().sessionGeneration()).isEqualTo(1);
  }

  @Test
  void a_wrong_current_password_is_refused_and_counted_as_a_failed_sign_in() {
    signedInAs("alice");
    currentUser.from("10.0.0.7");

    assertThatThrownBy(() -> passwords.changePassword("wrong".toCharArray(), NEW_PASSWORD))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PASSWORD_CHANGE);
              assertThat(e.violations())
                  .containsExactly(
                      Violation.of(Input.CURRENT_PASSWORD, Rule.CURRENT_PASSWORD_WRONG));
            });
    assertThatThrownBy(() -> passwords.changePassword(null, NEW_PASSWORD))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> passwords.changePassword(new char[0], NEW_PASSWORD))
        .isInstanceOf(ValidationException.class);
    assertThat(failures.find("alice", "10.0.0.7"))
        .hasValueSatisfying(recorded -> assertThat(recorded.count()).isEqualTo(1));
    assertThat(authentication.signIn("alice", PASSWORD, "10.0.0.1")).isPresent();
  }

  @Test
  void a_new_password_that_breaks_the_rules_is_refused_before_any_hashing() {
    signedInAs("alice");
    int checks = hashing.checks;
    int hashes = hashing.hashes;

    assertThatThrownBy(() -> passwords.changePassword(PASSWORD, "short".toCharArray()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        Violation.of(Input.NEW_PASSWORD, Rule.PASSWORD_TOO_SHORT, 12)));
    assertThatThrownBy(() -> passwords.changePassword(PASSWORD, null))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> passwords.changePassword(PASSWORD, PASSWORD.clone()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(Violation.of(Input.NEW_PASSWORD, Rule.PASSWORD_UNCHANGED)));
    assertThat(hashing.checks).isEqualTo(checks);
    assertThat(hashing.hashes).isEqualTo(hashes);
  }

  @Test
  void a_caller_who_is_no_user_changes_no_password() {
    currentUser.signIn(new Actor("api-key:ERP", acme.id(), java.util.Set.of(Role.EDITOR)));

    assertThatThrownBy(() -> passwords.changePassword(PASSWORD, NEW_PASSWORD))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void a_throttled_password_change_is_refused_before_any_hashing() {
    signedInAs("alice");
    currentUser.from("10.0.0.8");
    for (int i = 0; i < LoginThrottle.USER_FROM_ADDRESS.freeFailures(); i++) {
      assertThatThrownBy(() -> passwords.changePassword("wrong".toCharArray(), NEW_PASSWORD))
          .isInstanceOf(ValidationException.class);
    }
    int checks = hashing.checks;

    assertThatThrownBy(() -> passwords.changePassword(PASSWORD, NEW_PASSWORD))
        .isInstanceOf(TooManyAttemptsException.class);
    assertThat(hashing.checks).isEqualTo(checks);
  }

  @Test
  void each_service_counts_its_hashing_work_with_the_counter_it_is_given() {
    AtomicInteger created = new AtomicInteger();
    AtomicInteger checked = new AtomicInteger();
    AtomicInteger changed = new AtomicInteger();
    TenantAdministrationService countedAdministration =
        new TenantAdministrationService(
            tenants, accounts, currentUser, clock, new PasswordHashing(1_000));
    countedAdministration.countPasswordWorkWith(created::incrementAndGet);
    AuthenticationService countedAuthentication =
        new AuthenticationService(
            accounts, new InMemoryApiKeys(), failures, changes, clock, new PasswordHashing(1_000));
    countedAuthentication.countPasswordWorkWith(checked::incrementAndGet);
    PasswordChangeService countedPasswords =
        new PasswordChangeService(
            accounts, countedAuthentication, changes, currentUser, new PasswordHashing(1_000));
    countedPasswords.countPasswordWorkWith(changed::incrementAndGet);

    countedAdministration.createUser(acme.id(), "carol", PASSWORD, Role.VIEWER);
    assertThat(created).hasValue(1);
    Actor carol = countedAuthentication.signIn("carol", PASSWORD, "10.0.0.3").orElseThrow();
    assertThat(checked).as("the decoy made at the start is not counted").hasValue(1);
    currentUser.signIn(carol);
    countedPasswords.changePassword(PASSWORD, NEW_PASSWORD);
    assertThat(changed).hasValue(1);
    assertThat(created).hasValue(1);
  }

  @Test
  void a_throttled_caller_is_refused_before_any_password_is_hashed() {
    for (int i = 0; i < LoginThrottle.USER_FROM_ADDRESS.freeFailures(); i++) {
      authentication.signIn("alice", "wrong".toCharArray(), "10.0.0.9");
    }
    int checks = hashing.checks;

    for (int i = 0; i < 20; i++) {
      assertThatThrownBy(() -> authentication.signIn("alice", "guess".toCharArray(), "10.0.0.9"))
          .isInstanceOf(TooManyAttemptsException.class);
    }
    assertThat(hashing.checks).isEqualTo(checks);
  }

  @Test
  void unknown_users_cost_one_hash_each_and_count_toward_the_address() {
    int checks = hashing.checks;
    int limit = LoginThrottle.ADDRESS.freeFailures();
    for (int i = 0; i < limit; i++) {
      assertThat(authentication.signIn("made-up-" + i, PASSWORD, "10.0.0.66")).isEmpty();
    }
    assertThat(hashing.checks).isEqualTo(checks + limit);

    assertThatThrownBy(() -> authentication.signIn("made-up-x", PASSWORD, "10.0.0.66"))
        .isInstanceOfSatisfying(
            TooManyAttemptsException.class,
            refused -> assertThat(refused.retryAfterSeconds()).isEqualTo(30));
    assertThatThrownBy(() -> authentication.signIn("alice", PASSWORD, "10.0.0.66"))
        .isInstanceOf(TooManyAttemptsException.class);
    assertThat(hashing.checks).isEqualTo(checks + limit);
    assertThat(authentication.signIn("alice", PASSWORD, "10.0.0.1")).isPresent();
  }

  @Test
  void guesses_from_many_addresses_lock_the_user_out_briefly_only() {
    int limit = LoginThrottle.USER.freeFailures();
    for (int i = 0; i < limit; i++) {
      assertThat(authentication.signIn("alice", "wrong".toCharArray(), "10.1.0." + i)).isEmpty();
    }

    assertThatThrownBy(() -> authentication.signIn("alice", PASSWORD, "10.0.0.1"))
        .isInstanceOfSatisfying(
            TooManyAttemptsException.class,
            refused -> assertThat(refused.retryAfterSeconds()).isEqualTo(30));
    clock.advance(Duration.ofSeconds(30));
    assertThat(authentication.signIn("alice", PASSWORD, "10.0.0.1")).isPresent();
  }

  @Test
  void a_password_of_exactly_twelve_characters_is_long_enough() {
    signedInAs("alice");

    assertThatThrownBy(() -> passwords.changePassword(PASSWORD, "eleven-char".toCharArray()))
        .isInstanceOf(ValidationException.class);
    passwords.changePassword(PASSWORD, "twelve-chars".toCharArray());

    assertThat(authentication.signIn("alice", "twelve-chars".toCharArray(), "10.0.0.1"))
        .isPresent();
  }

  @Test
  void an_account_changed_meanwhile_is_read_again_and_the_change_made_on_it() {
    FlakyAccounts flaky = new FlakyAccounts(accounts, 1);
    UserAdministrationService flakyUsers =
        new UserAdministrationService(tenants, flaky, changes, currentUser);
    PasswordChangeService flakyPasswords =
        new PasswordChangeService(flaky, authentication, changes, currentUser, hashing);

    assertThat(flakyUsers.disable(acme.id(), "bob").disabled()).isTrue();
    assertThat(accounts.findByUsername("bob").orElseThrow().disabled()).isTrue();

    signedInAs("alice");
    flaky.failures = 1;
    flakyPasswords.changePassword(PASSWORD, NEW_PASSWORD);
    assertThat(authentication.signIn("alice", NEW_PASSWORD, "10.0.0.1")).isPresent();
  }

  @Test
  void an_account_that_keeps_changing_is_given_up_after_a_few_attempts() {
    FlakyAccounts flaky = new FlakyAccounts(accounts, Integer.MAX_VALUE);
    UserAdministrationService flakyUsers =
        new UserAdministrationService(tenants, flaky, changes, currentUser);
    PasswordChangeService flakyPasswords =
        new PasswordChangeService(flaky, authentication, changes, currentUser, hashing);

    assertThatThrownBy(() -> flakyUsers.disable(acme.id(), "bob"))
        .isInstanceOf(IllegalStateException.class);
    assertThat(flaky.attempts).isEqualTo(UserAdministrationService.ATTEMPTS);
    signedInAs("alice");
    flaky.attempts = 0;
    assertThatThrownBy(() -> flakyPasswords.changePassword(PASSWORD, NEW_PASSWORD))
        .isInstanceOf(IllegalStateException.class);
    assertThat(flaky.attempts).isEqualTo(UserAdministrationService.ATTEMPTS);
    assertThat(accounts.findByUsername("bob").orElseThrow().disabled()).isFalse();
  }

  @Test
  void an_account_removed_during_the_change_changes_nothing() {
    signedInAs("alice");
    FlakyAccounts vanishing =
        new FlakyAccounts(accounts, 0) {
          @Override
          public java.util.Optional<UserAccount> findByUsername(String username) {
            return ++reads > 1 ? java.util.Optional.empty() : super.findByUsername(username);
          }
        };
    PasswordChangeService vanishingPasswords =
        new PasswordChangeService(vanishing, authentication, changes, currentUser, hashing);

    assertThatThrownBy(() -> vanishingPasswords.changePassword(PASSWORD, NEW_PASSWORD))
        .isInstanceOf(ForbiddenException.class);
  }

  /** Accounts whose replace fails (someone changed the account meanwhile) a number of times. */
  private static class FlakyAccounts extends InMemoryUserAccounts {
    private final InMemoryUserAccounts real;
    int failures;
    int attempts;
    int reads;

    FlakyAccounts(InMemoryUserAccounts real, int failures) {
      this.real = real;
      this.failures = failures;
    }

    @Override
    public java.util.Optional<UserAccount> findByUsername(String username) {
      return real.findByUsername(username);
    }

    @Override
    public boolean replace(UserAccount stored, UserAccount changed) {
      attempts++;
      if (failures > 0) {
        failures--;
        return false;
      }
      return real.replace(stored, changed);
    }
  }

  /** Hashing with few iterations that counts the slow checks and the new hashes it makes. */
  private static final class CountingHashing extends PasswordHashing {
    int checks;
    int hashes;

    CountingHashing() {
      super(1_000);
    }

    @Override
    public boolean matches(char[] password, String stored) {
      checks++;
      return super.matches(password, stored);
    }

    @Override
    public String hash(char[] password) {
      hashes++;
      return super.hash(password);
    }
  }
}
