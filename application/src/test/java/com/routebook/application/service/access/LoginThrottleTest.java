package com.routebook.application.service.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.application.fake.InMemoryAccessChanges;
import com.routebook.application.fake.InMemorySignInFailures;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private final InMemorySignInFailures failures = new InMemorySignInFailures();
  private final InMemoryAccessChanges changes = new InMemoryAccessChanges();
  private final LoginThrottle throttle = new LoginThrottle(failures, changes);

  private void fail(int times, Instant at) {
    for (int i = 0; i < times; i++) {
      throttle.failed("alice", "10.0.0.1", at);
    }
  }

  @Test
  void the_first_failures_are_free() {
    fail(LoginThrottle.FREE_FAILURES - 1, T0);

    assertThat(throttle.allows("alice", "10.0.0.1", T0)).isTrue();
  }

  @Test
  void after_the_free_failures_attempts_wait_a_second_then_twice_as_long_each_time() {
    fail(LoginThrottle.FREE_FAILURES, T0);
    assertThat(throttle.allows("alice", "10.0.0.1", T0)).isFalse();
    assertThat(throttle.allows("alice", "10.0.0.1", T0.plusMillis(999))).isFalse();
    assertThat(throttle.allows("alice", "10.0.0.1", T0.plusSeconds(1))).isTrue();

    fail(1, T0.plusSeconds(1));
    assertThat(throttle.allows("alice", "10.0.0.1", T0.plusMillis(2999))).isFalse();
    assertThat(throttle.allows("alice", "10.0.0.1", T0.plusSeconds(3))).isTrue();
  }

  @Test
  void the_wait_never_exceeds_the_longest_wait() {
    fail(40, T0);

    assertThat(throttle.allows("alice", "10.0.0.1", T0.plus(LoginThrottle.LONGEST_WAIT))).isTrue();
    assertThat(
            throttle.allows(
                "alice", "10.0.0.1", T0.plus(LoginThrottle.LONGEST_WAIT).minusMillis(1)))
        .isFalse();
  }

  @Test
  void another_address_is_not_slowed_down_so_the_real_user_is_not_locked_out() {
    fail(10, T0);

    assertThat(throttle.allows("alice", "192.168.1.7", T0)).isTrue();
    assertThat(throttle.allows("ALICE", "10.0.0.1", T0)).isFalse();
  }

  @Test
  void a_success_clears_the_failures() {
    fail(10, T0);
    throttle.succeeded("alice", "10.0.0.1", T0);

    assertThat(throttle.allows("alice", "10.0.0.1", T0)).isTrue();
  }

  @Test
  void failures_are_forgotten_after_a_quiet_while() {
    fail(LoginThrottle.FREE_FAILURES, T0);
    Instant later = T0.plus(LoginThrottle.FORGET_AFTER).plus(Duration.ofSeconds(1));
    fail(1, later);

    assertThat(throttle.allows("alice", "10.0.0.1", later)).isTrue();
  }

  @Test
  void a_recorded_failure_counts_here_at_once() {
    assertThat(throttle.allows("alice", "10.0.0.1", T0)).isTrue();

    fail(LoginThrottle.FREE_FAILURES, T0);

    assertThat(throttle.allows("alice", "10.0.0.1", T0)).isFalse();
  }

  @Test
  void failures_recorded_elsewhere_count_once_the_change_is_heard_of() {
    assertThat(throttle.allows("alice", "10.0.0.1", T0)).isTrue();
    for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
      failures.failed("alice", "10.0.0.1", T0, T0.minus(LoginThrottle.FORGET_AFTER));
    }

    changes.heardOfChange();

    assertThat(throttle.allows("alice", "10.0.0.1", T0)).isFalse();
  }

  @Test
  void old_records_are_dropped_at_most_once_a_while() {
    throttle.failed("bob", "10.0.0.1", T0);
    Instant later = T0.plus(LoginThrottle.FORGET_AFTER).plusSeconds(1);

    throttle.failed("alice", "10.0.0.1", later);
    assertThat(failures.size()).isEqualTo(1);

    throttle.failed("carol", "10.0.0.1", later.plus(LoginThrottle.TIDY_EVERY).minusMillis(1));
    throttle.failed("dave", "10.0.0.1", T0.plusSeconds(1));
    assertThat(failures.size()).isEqualTo(3);
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
}
