package com.routebook.application.service.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.application.fake.InMemoryAccessChanges;
import com.routebook.application.fake.InMemorySignInFailures;
import com.routebook.application.port.out.SignInFailures.Failures;
import com.routebook.domain.TooManyAttemptsException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final int FREE = LoginThrottle.USER_FROM_ADDRESS.freeFailures();
  private final InMemorySignInFailures failures = new InMemorySignInFailures();
  private final InMemoryAccessChanges changes = new InMemoryAccessChanges();
  private final LoginThrottle throttle = new LoginThrottle(failures, changes);

  private void fail(int times, Instant at) {
    for (int i = 0; i < times; i++) {
      throttle.failed("alice", "10.0.0.1", at);
    }
  }

  @Test
  void the_policy_is_five_per_user_and_address_ten_per_user_fifty_per_address() {
    assertThat(LoginThrottle.USER_FROM_ADDRESS)
        .isEqualTo(new LoginThrottle.Limit(5, Duration.ofSeconds(30), Duration.ofMinutes(15)));
    assertThat(LoginThrottle.USER)
        .isEqualTo(new LoginThrottle.Limit(10, Duration.ofSeconds(30), Duration.ofMinutes(1)));
    assertThat(LoginThrottle.ADDRESS)
        .isEqualTo(new LoginThrottle.Limit(50, Duration.ofSeconds(30), Duration.ofMinutes(15)));
  }

  @Test
  void the_first_failures_are_free() {
    fail(FREE - 1, T0);

    assertThat(throttle.allows("alice", "10.0.0.1", T0)).isTrue();
    assertThat(throttle.refusedUntil("alice", "10.0.0.1", T0)).isEmpty();
  }

  @Test
  void after_the_free_failures_attempts_wait_thirty_seconds_then_twice_as_long_each_time() {
    fail(FREE, T0);
    assertThat(throttle.allows("alice", "10.0.0.1", T0)).isFalse();
    assertThat(throttle.refusedUntil("alice", "10.0.0.1", T0)).contains(T0.plusSeconds(30));
    assertThat(throttle.allows("alice", "10.0.0.1", T0.plusMillis(29_999))).isFalse();
    assertThat(throttle.allows("alice", "10.0.0.1", T0.plusSeconds(30))).isTrue();

    fail(1, T0.plusSeconds(30));
    assertThat(throttle.allows("alice", "10.0.0.1", T0.plusMillis(89_999))).isFalse();
    assertThat(throttle.allows("alice", "10.0.0.1", T0.plusSeconds(90))).isTrue();
  }

  @Test
  void a_refused_attempt_says_how_many_whole_seconds_to_wait() {
    fail(FREE, T0);

    assertThatThrownBy(() -> throttle.check("alice", "10.0.0.1", T0.plusMillis(500)))
        .isInstanceOfSatisfying(
            TooManyAttemptsException.class,
            refused -> assertThat(refused.retryAfterSeconds()).isEqualTo(30));
    assertThatThrownBy(() -> throttle.check("alice", "10.0.0.1", T0.plusMillis(29_001)))
        .isInstanceOfSatisfying(
            TooManyAttemptsException.class,
            refused -> assertThat(refused.retryAfterSeconds()).isEqualTo(1));
    throttle.check("alice", "10.0.0.1", T0.plusSeconds(30));
    throttle.check("bob", "10.0.0.1", T0);
  }

  @Test
  void the_wait_never_exceeds_the_longest_wait() {
    fail(40, T0);

    assertThat(throttle.allows("alice", "10.0.0.1", T0.plus(Duration.ofMinutes(15)))).isTrue();
    assertThat(throttle.allows("alice", "10.0.0.1", T0.plus(Duration.ofMinutes(15)).minusMillis(1)))
        .isFalse();
  }

  @Test
  void another_address_is_not_slowed_down_until_the_users_own_limit() {
    fail(FREE, T0);

    assertThat(throttle.allows("alice", "192.168.1.7", T0)).isTrue();
    assertThat(throttle.allows("ALICE", "10.0.0.1", T0)).isFalse();
    assertThat(throttle.allows("bob", "10.0.0.1", T0)).isTrue();
  }

  @Test
  void the_users_limit_from_anywhere_is_higher_and_its_wait_short() {
    for (int i = 0; i < LoginThrottle.USER.freeFailures(); i++) {
      throttle.failed("alice", "10.2.0." + i, T0);
    }
    assertThat(throttle.refusedUntil("alice", "192.168.1.7", T0)).contains(T0.plusSeconds(30));
    assertThat(throttle.allows("bob", "192.168.1.7", T0)).isTrue();

    for (int i = 0; i < 10; i++) {
      throttle.failed("alice", "10.3.0." + i, T0);
    }
    assertThat(throttle.refusedUntil("alice", "192.168.1.7", T0)).contains(T0.plusSeconds(60));
  }

  @Test
  void the_addresses_limit_counts_every_username() {
    for (int i = 0; i < LoginThrottle.ADDRESS.freeFailures(); i++) {
      throttle.failed("user-" + i, "10.0.0.66", T0);
    }

    assertThat(throttle.refusedUntil("anyone", "10.0.0.66", T0)).contains(T0.plusSeconds(30));
    assertThat(throttle.allows("anyone", "10.0.0.67", T0)).isTrue();
  }

  @Test
  void the_longest_refusal_of_the_three_counts_wins() {
    fail(FREE + 2, T0);
    for (int i = 0; i < LoginThrottle.ADDRESS.freeFailures() - FREE - 2; i++) {
      throttle.failed("user-" + i, "10.0.0.1", T0.plusSeconds(10));
    }

    assertThat(throttle.refusedUntil("alice", "10.0.0.1", T0.plusSeconds(10)))
        .contains(T0.plusSeconds(120));
    assertThat(throttle.refusedUntil("carol", "10.0.0.1", T0.plusSeconds(10)))
        .contains(T0.plusSeconds(40));
  }

  @Test
  void a_success_clears_the_failures_of_that_user_from_that_address_only() {
    fail(10, T0);
    throttle.succeeded("alice", "10.0.0.1", T0);

    assertThat(failures.find("alice", "10.0.0.1")).isEmpty();
    assertThat(failures.find("alice", LoginThrottle.ANY)).contains(new Failures(10, T0));
    assertThat(failures.find(LoginThrottle.ANY, "10.0.0.1")).contains(new Failures(10, T0));
  }

  @Test
  void failures_are_forgotten_after_a_quiet_while() {
    fail(FREE, T0);
    Instant later = T0.plus(LoginThrottle.FORGET_AFTER).plus(Duration.ofSeconds(1));
    fail(1, later);

    assertThat(throttle.allows("alice", "10.0.0.1", later)).isTrue();
  }

  @Test
  void a_recorded_failure_counts_here_at_once() {
    assertThat(throttle.allows("alice", "10.0.0.1", T0)).isTrue();

    fail(FREE, T0);

    assertThat(throttle.allows("alice", "10.0.0.1", T0)).isFalse();
  }

  @Test
  void failures_recorded_elsewhere_count_once_the_change_is_heard_of() {
    assertThat(throttle.allows("alice", "10.0.0.1", T0)).isTrue();
    for (int i = 0; i < FREE; i++) {
      failures.failed("alice", "10.0.0.1", T0, T0.minus(LoginThrottle.FORGET_AFTER));
    }

    changes.heardOfChange();

    assertThat(throttle.allows("alice", "10.0.0.1", T0)).isFalse();
  }

  @Test
  void old_records_are_dropped_at_most_once_a_while() {
    throttle.failed("bob", "10.0.0.1", T0);
    Instant later = T0.plus(LoginThrottle.FORGET_AFTER).plusSeconds(1);

    throttle.failed("alice", "10.0.0.2", later);
    assertThat(failures.size()).isEqualTo(3);

    throttle.failed("carol", "10.0.0.3", later.plus(LoginThrottle.TIDY_EVERY).minusMillis(1));
    throttle.failed("dave", "10.0.0.4", T0.plusSeconds(1));
    assertThat(failures.size()).isEqualTo(9);
  }

  @Test
  void a_success_writes_nothing_when_nothing_is_recorded() {
    long mark = changes.mark().orElseThrow();

    throttle.succeeded("alice", "10.0.0.1", T0);

    assertThat(changes.mark()).hasValue(mark);
  }

  @Test
  void a_username_is_recorded_lower_cased_and_cut_to_the_longest_a_username_can_be() {
    String longName = "A".repeat(LoginThrottle.LONGEST_NAME + 50);

    assertThat(LoginThrottle.name(longName)).isEqualTo("a".repeat(LoginThrottle.LONGEST_NAME));
    assertThat(LoginThrottle.name("Alice")).isEqualTo("alice");
  }

  @Test
  void an_address_is_never_blank_and_cut_to_what_the_records_keep() {
    assertThat(LoginThrottle.address(null)).isEqualTo(LoginThrottle.UNKNOWN_ADDRESS);
    assertThat(LoginThrottle.address(" ")).isEqualTo(LoginThrottle.UNKNOWN_ADDRESS);
    assertThat(LoginThrottle.address("1".repeat(70))).isEqualTo("1".repeat(64));
    assertThat(LoginThrottle.address("1".repeat(64))).isEqualTo("1".repeat(64));
    assertThat(LoginThrottle.address("10.0.0.1")).isEqualTo("10.0.0.1");

    throttle.failed("alice", null, T0);
    assertThat(failures.find("alice", LoginThrottle.UNKNOWN_ADDRESS)).isPresent();
  }
}
