package com.routebook.application.service.access;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Slows down password guessing: after {@link #FREE_FAILURES} failed sign-ins for one username from
 * one client address, further attempts from that address are refused unchecked for a while that
 * doubles with each failure (at most {@link #LONGEST_WAIT}). Other addresses are not affected, so
 * an attacker cannot lock the real user out. A success clears the count; a quiet {@link
 * #FORGET_AFTER} forgets it. Memory is bounded ({@link #CAPACITY} entries, the least recently
 * failed dropped first). Kept per server instance.
 */
final class LoginThrottle {

  static final int FREE_FAILURES = 5;
  static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
  static final Duration FORGET_AFTER = Duration.ofMinutes(30);
  static final int CAPACITY = 100_000;

  private final Map<String, Failures> failures =
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
          return size() > CAPACITY;
        }
      };

  /** Whether an attempt may be checked now. */
  synchronized boolean allows(String username, String clientAddress, Instant now) {
    Failures recorded = failures.get(key(username, clientAddress));
    return recorded == null || !now.isBefore(recorded.retryAt());
  }

  /** Records a failed attempt. */
  synchronized void failed(String username, String clientAddress, Instant now) {
    String key = key(username, clientAddress);
    Failures recorded = failures.get(key);
    int count =
        recorded == null || now.isAfter(recorded.last().plus(FORGET_AFTER))
            ? 1
            : recorded.count() + 1;
    failures.put(key, new Failures(count, now));
  }

  /** Clears the failures after a successful sign-in. */
  synchronized void succeeded(String username, String clientAddress) {
    failures.remove(key(username, clientAddress));
  }

  private static String key(String username, String clientAddress) {
    return username.toLowerCase(Locale.ROOT) + "\n" + clientAddress;
  }

  private record Failures(int count, Instant last) {

    Instant retryAt() {
      if (count < FREE_FAILURES) {
        return last;
      }
      int doublings = Math.min(count - FREE_FAILURES, 20);
      Duration wait = Duration.ofSeconds(1L << doublings);
      return last.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
    }
  }
}
