package com.routebook.application.service.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private final LoginThrottle throttle = new LoginThrottle();

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
    throttle.succeeded("alice", "10.0.0.1");

    assertThat(throttle.allows("alice", "10.0.0.1", T0)).isTrue();
  }

  @Test
  void failures_are_forgotten_after_a_quiet_while() {
    fail(LoginThrottle.FREE_FAILURES, T0);
    Instant later = T0.plus(LoginThrottle.FORGET_AFTER).plus(Duration.ofSeconds(1));
    fail(1, later);

    assertThat(throttle.allows("alice", "10.0.0.1", later)).isTrue();
  }
}
