package com.routebook.application.service.access;

import com.routebook.application.port.out.AccessChanges;
import com.routebook.application.port.out.SignInFailures;
import com.routebook.application.port.out.SignInFailures.Failures;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down password guessing: after {@link #FREE_FAILURES} failed sign-ins for one username from
 * one client address, further attempts from that address are refused unchecked for a while that
 * doubles with each failure (at most {@link #LONGEST_WAIT}). Other addresses are not affected, so
 * an attacker cannot lock the real user out. A success clears the count; a quiet {@link
 * #FORGET_AFTER} forgets it.
 *
 * <p>The failures are kept in {@link SignInFailures}, shared by every instance on the database: a
 * guess refused by one instance is refused by all. What was read is remembered (no failure, most
 * often) while {@link AccessChanges} says nothing changed: a recorded failure moves its mark here
 * and, on the database, announces the change to the other instances; so HTTP Basic calls do not
 * read the records on every call. Records older than {@link #FORGET_AFTER} are dropped at most once
 * every {@link #TIDY_EVERY} per instance.
 */
final class LoginThrottle {

  static final int FREE_FAILURES = 5;
  static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
  static final Duration FORGET_AFTER = Duration.ofMinutes(30);
  static final Duration TIDY_EVERY = Duration.ofMinutes(1);
  static final int LONGEST_NAME = 100;

  /** How long a read is trusted at most, and how many are remembered. */
  private static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);

  private static final int REMEMBERED_AT_MOST = 100_000;

  private final SignInFailures failures;
  private final AccessChanges changes;
  private final RememberedAccess<String, Optional<Failures>> remembered;
  private Instant tidiedAt = Instant.MIN;

  LoginThrottle(SignInFailures failures, AccessChanges changes) {
    this.failures = failures;
    this.changes = changes;
    this.remembered = new RememberedAccess<>(changes, REMEMBERED_FOR, REMEMBERED_AT_MOST);
  }

  /** Whether an attempt may be checked now. */
  boolean allows(String username, String clientAddress, Instant now) {
    return recorded(username, clientAddress, now)
        .map(recorded -> !now.isBefore(retryAt(recorded)))
        .orElse(true);
  }

  /** Records a failed attempt. */
  void failed(String username, String clientAddress, Instant now) {
    failures.failed(name(username), clientAddress, now, now.minus(FORGET_AFTER));
    changes.changedHere();
    tidy(now);
  }

  /** Clears the failures after a successful sign-in (no write when none are recorded). */
  void succeeded(String username, String clientAddress, Instant now) {
    if (recorded(username, clientAddress, now).isPresent()) {
      failures.clear(name(username), clientAddress);
      changes.changedHere();
    }
  }

  private Optional<Failures> recorded(String username, String clientAddress, Instant now) {
    String name = name(username);
    return remembered
        .get(
            name + "\n" + clientAddress, now, () -> Optional.of(failures.find(name, clientAddress)))
        .orElseThrow();
  }

  private void tidy(Instant now) {
    synchronized (this) {
      if (now.isBefore(tidiedAt.plus(TIDY_EVERY))) {
        return;
      }
      tidiedAt = now;
    }
    failures.forgetBefore(now.minus(FORGET_AFTER));
  }

  /**
   * The username as recorded: lower-cased, and cut to the longest a username can be (a longer one
   * names no account, and its guesses are counted all the same).
   */
  static String name(String username) {
    String lower = username.toLowerCase(Locale.ROOT);
    return lower.length() > LONGEST_NAME ? lower.substring(0, LONGEST_NAME) : lower;
  }

  private static Instant retryAt(Failures recorded) {
    if (recorded.count() < FREE_FAILURES) {
      return recorded.last();
    }
    int doublings = Math.min(recorded.count() - FREE_FAILURES, 20);
    Duration wait = Duration.ofSeconds(1L << doublings);
    return recorded.last().plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
  }
}
