package com.routebook.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.application.port.out.SignInFailures;
import com.routebook.application.port.out.SignInFailures.Failures;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link SignInFailures}, run against the in-memory fake and the database adapter
 * on H2 and PostgreSQL: failures count per username and address, a quiet while starts the count
 * anew, and failures recorded at once by several callers (instances) all count.
 */
public abstract class SignInFailuresContract {

  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private static final Instant LONG_AGO = T0.minus(Duration.ofDays(1));

  private SignInFailures failures;

  /** An empty store of failures. */
  protected abstract SignInFailures signInFailures();

  @BeforeEach
  void open() {
    failures = signInFailures();
  }

  @Test
  void nothing_is_recorded_at_first() {
    assertThat(failures.find("alice", "10.0.0.1")).isEmpty();
  }

  @Test
  void failures_count_per_username_and_address() {
    failures.failed("alice", "10.0.0.1", T0, LONG_AGO);
    failures.failed("alice", "10.0.0.1", T0.plusSeconds(2), LONG_AGO);
    failures.failed("alice", "10.0.0.2", T0.plusSeconds(3), LONG_AGO);

    assertThat(failures.find("alice", "10.0.0.1")).contains(new Failures(2, T0.plusSeconds(2)));
    assertThat(failures.find("alice", "10.0.0.2")).contains(new Failures(1, T0.plusSeconds(3)));
    assertThat(failures.find("bob", "10.0.0.1")).isEmpty();
  }

  @Test
  void a_failure_after_a_quiet_while_starts_the_count_anew() {
    failures.failed("alice", "10.0.0.1", T0, LONG_AGO);
    failures.failed("alice", "10.0.0.1", T0.plusSeconds(1), LONG_AGO);

    Instant later = T0.plus(Duration.ofHours(1));
    failures.failed("alice", "10.0.0.1", later, later.minus(Duration.ofMinutes(30)));

    assertThat(failures.find("alice", "10.0.0.1")).contains(new Failures(1, later));
  }

  @Test
  void clearing_forgets_one_username_from_one_address() {
    failures.failed("alice", "10.0.0.1", T0, LONG_AGO);
    failures.failed("alice", "10.0.0.2", T0, LONG_AGO);

    failures.clear("alice", "10.0.0.1");
    failures.clear("nobody", "10.0.0.1");

    assertThat(failures.find("alice", "10.0.0.1")).isEmpty();
    assertThat(failures.find("alice", "10.0.0.2")).isPresent();
  }

  @Test
  void forgetting_drops_the_records_last_failed_before_the_instant() {
    failures.failed("alice", "10.0.0.1", T0, LONG_AGO);
    failures.failed("bob", "10.0.0.1", T0.plusSeconds(10), LONG_AGO);

    failures.forgetBefore(T0.plusSeconds(10));

    assertThat(failures.find("alice", "10.0.0.1")).isEmpty();
    assertThat(failures.find("bob", "10.0.0.1")).contains(new Failures(1, T0.plusSeconds(10)));
  }

  @Test
  void failures_recorded_at_once_all_count() throws Exception {
    int callers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Callable<Void>> attempts = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        Instant at = T0.plusMillis(i);
        attempts.add(
            () -> {
              start.await();
              failures.failed("mallory", "10.6.6.6", at, LONG_AGO);
              return null;
            });
      }
      List<Future<Void>> running = new ArrayList<>();
      for (Callable<Void> attempt : attempts) {
        running.add(pool.submit(attempt));
      }
      start.countDown();
      for (Future<Void> attempt : running) {
        attempt.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(failures.find("mallory", "10.6.6.6")).get().extracting(Failures::count).isEqualTo(8);
  }
}
