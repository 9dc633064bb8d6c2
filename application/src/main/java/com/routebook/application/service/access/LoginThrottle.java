package com.routebook.application.service.access;

import com.routebook.application.port.out.AccessChanges;
import com.routebook.application.port.out.SignInFailures;
import com.routebook.application.port.out.SignInFailures.Failures;
import com.routebook.domain.TooManyAttemptsException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down password guessing, counting failed sign-ins three ways: for one username from one
 * client address, for one username from anywhere, and from one address for any username (made-up
 * usernames included). Once a count reaches its {@link Limit}, every attempt it covers is refused
 * unchecked (no password is hashed) for a wait that starts at {@link Limit#firstWait} and doubles
 * with each further failure up to {@link Limit#longestWait}; refused attempts are not counted. The
 * limit for a username from anywhere is higher and its wait short, so that guesses from elsewhere
 * cannot lock the real user out for long. A success clears the count of that username from that
 * address only; a quiet {@link #FORGET_AFTER} starts a count anew.
 *
 * <p>The failures are kept in {@link SignInFailures}, shared by every instance on the database: a
 * guess refused by one instance is refused by all. The username's count from anywhere is recorded
 * under the address {@link #ANY}, the address's count under the username {@link #ANY} (neither is
 * blank otherwise). What was read is remembered (no failure, most often) while {@link
 * AccessChanges} says nothing changed: a recorded failure moves its mark here and, on the database,
 * announces the change to the other instances; so HTTP Basic calls do not read the records on every
 * call. Records older than {@link #FORGET_AFTER} are dropped at most once every {@link #TIDY_EVERY}
 * per instance.
 */
final class LoginThrottle {

  /** How many failures a count allows, how long the first wait after them is, and the longest. */
  record Limit(int freeFailures, Duration firstWait, Duration longestWait) {}

  /** One username from one address. */
  static final Limit USER_FROM_ADDRESS =
      new Limit(5, Duration.ofSeconds(30), Duration.ofMinutes(15));

  /** One username from any address: higher and short, so the real user is never locked out long. */
  static final Limit USER = new Limit(10, Duration.ofSeconds(30), Duration.ofMinutes(1));

  /** One address for any username (unknown ones too). */
  static final Limit ADDRESS = new Limit(50, Duration.ofSeconds(30), Duration.ofMinutes(15));

  /** The username or address of a count that covers all of them. */
  static final String ANY = "";

  static final Duration FORGET_AFTER = Duration.ofMinutes(30);
  static final Duration TIDY_EVERY = Duration.ofMinutes(1);
  static final int LONGEST_NAME = 100;
  static final int LONGEST_ADDRESS = 64;

  /** The address recorded when the caller's is not known. */
  static final String UNKNOWN_ADDRESS = "unknown";

  /** How long a read is trusted at most, and how many are remembered. */
  private static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);

  private static final int REMEMBERED_AT_MOST = 100_000;

  private final SignInFailures failures;
  private final AccessChanges changes;
  private final RememberedAccess<String, Optional<Failures>> remembered;
  private Instant tidiedAt = Instant.MIN;

  /** A count: whose failures, and its limit. */
  private record Count(String username, String address, Limit limit) {}

  LoginThrottle(SignInFailures failures, AccessChanges changes) {
    this.failures = failures;
    this.changes = changes;
    this.remembered = new RememberedAccess<>(changes, REMEMBERED_FOR, REMEMBERED_AT_MOST);
  }

  /** When an attempt may be checked again, if it may not be now. */
  Optional<Instant> refusedUntil(String username, String clientAddress, Instant now) {
    Instant until = null;
    for (Count count : counts(username, clientAddress)) {
      Optional<Instant> retryAt =
          recorded(count, now)
              .map(recorded -> retryAt(recorded, count.limit()))
              .filter(now::isBefore);
      if (retryAt.isPresent() && (until == null || retryAt.get().isAfter(until))) {
        until = retryAt.get();
      }
    }
    return Optional.ofNullable(until);
  }

  /** Whether an attempt may be checked now. */
  boolean allows(String username, String clientAddress, Instant now) {
    return refusedUntil(username, clientAddress, now).isEmpty();
  }

  /**
   * Refuses an attempt that may not be checked now.
   *
   * @throws TooManyAttemptsException with the whole seconds left to wait
   */
  void check(String username, String clientAddress, Instant now) {
    Optional<Instant> until = refusedUntil(username, clientAddress, now);
    if (until.isPresent()) {
      long millis = Duration.between(now, until.get()).toMillis();
      throw new TooManyAttemptsException((millis + 999) / 1000);
    }
  }

  /** Records a failed attempt in each of its counts. */
  void failed(String username, String clientAddress, Instant now) {
    for (Count count : counts(username, clientAddress)) {
      failures.failed(count.username(), count.address(), now, now.minus(FORGET_AFTER));
    }
    changes.changedHere();
    tidy(now);
  }

  /**
   * Clears the failures of the username from that address after a successful sign-in (no write when
   * none are recorded); the counts of the username from anywhere and of the address stay.
   */
  void succeeded(String username, String clientAddress, Instant now) {
    Count mine = counts(username, clientAddress).get(0);
    if (recorded(mine, now).isPresent()) {
      failures.clear(mine.username(), mine.address());
      changes.changedHere();
    }
  }

  private static List<Count> counts(String username, String clientAddress) {
    String name = name(username);
    String address = address(clientAddress);
    return List.of(
        new Count(name, address, USER_FROM_ADDRESS),
        new Count(name, ANY, USER),
        new Count(ANY, address, ADDRESS));
  }

  private Optional<Failures> recorded(Count count, Instant now) {
    return remembered
        .get(
            count.username() + "\n" + count.address(),
            now,
            () -> Optional.of(failures.find(count.username(), count.address())))
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

  /** The client address as recorded: never blank, cut to the longest the records keep. */
  static String address(String clientAddress) {
    if (clientAddress == null || clientAddress.isBlank()) {
      return UNKNOWN_ADDRESS;
    }
    return clientAddress.length() > LONGEST_ADDRESS
        ? clientAddress.substring(0, LONGEST_ADDRESS)
        : clientAddress;
  }

  /** When the next attempt a count covers may be checked. */
  static Instant retryAt(Failures recorded, Limit limit) {
    if (recorded.count() < limit.freeFailures()) {
      return recorded.last();
    }
    int doublings = Math.min(recorded.count() - limit.freeFailures(), 20);
    Duration wait = limit.firstWait().multipliedBy(1L << doublings);
    return recorded
        .last()
        .plus(wait.compareTo(limit.longestWait()) > 0 ? limit.longestWait() : wait);
  }
}
