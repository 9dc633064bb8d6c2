package com.routebook.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.application.port.out.DirectoryChanges;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link DirectoryChanges}, run against every implementation: while nothing changes
 * the mark stays put, and after a change of what routing reads the mark is never again the one from
 * before the change (it moves, or there is none). An implementation that follows nothing has no
 * mark at all, which keeps the contract: nothing is trusted.
 */
public abstract class DirectoryChangesContract {

  /** How long a change may take to be heard of (a notification's way back from the database). */
  protected static final Duration PATIENCE = Duration.ofSeconds(20);

  private DirectoryChanges changes;

  /** A following of changes, ready (an implementation may need a moment to start following). */
  protected abstract DirectoryChanges directoryChanges();

  /** Makes a committed change of the named kind to what routing reads, by any means. */
  protected abstract void change(String what) throws Exception;

  /** The kinds of change {@link #change} makes, each of which must be heard of. */
  protected abstract Iterable<String> kindsOfChange();

  @BeforeEach
  void open() {
    changes = directoryChanges();
  }

  @Test
  void the_mark_stays_while_nothing_changes() {
    OptionalLong before = changes.mark();

    assertThat(changes.mark()).isEqualTo(before);
    assertThat(changes.mark()).isEqualTo(before);
  }

  @Test
  void after_a_change_the_mark_of_before_is_never_seen_again() throws Exception {
    for (String kind : kindsOfChange()) {
      OptionalLong before = changes.mark();

      change(kind);

      awaitMark(changes, m -> m.isEmpty() || !m.equals(before), kind);
    }
  }

  /** Waits (at most {@link #PATIENCE}) until the mark is as wanted. */
  protected static void awaitMark(
      DirectoryChanges changes, Predicate<OptionalLong> wanted, String what) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!wanted.test(changes.mark())) {
      assertThat(System.nanoTime())
          .as("the mark did not come in time: " + what)
          .isLessThan(deadline);
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
