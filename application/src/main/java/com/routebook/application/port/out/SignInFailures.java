package com.routebook.application.port.out;

import java.time.Instant;
import java.util.Optional;

/**
 * The failed sign-ins recorded per username and client address, shared by every instance that
 * serves the same database (the sign-in throttle's memory): a failure recorded through one instance
 * counts on the others at their next attempt. The throttle decides what the records mean; this port
 * only keeps them. The username is kept as given (the throttle passes it lower-cased).
 */
public interface SignInFailures {

  /** The failures in a row for one username from one address, and when the last one was. */
  record Failures(int count, Instant last) {}

  /** The failures recorded for a username from an address, if any. */
  Optional<Failures> find(String username, String clientAddress);

  /**
   * Records a failure at {@code at}: one more than recorded, or the first of a new row when the
   * last one recorded is before {@code countSince} (or none is). Two instances recording at once
   * both count.
   */
  void failed(String username, String clientAddress, Instant at, Instant countSince);

  /** Forgets the failures of a username from an address (after a successful sign-in). */
  void clear(String username, String clientAddress);

  /**
   * Forgets every record whose last failure is before {@code before}; keeps the storage bounded.
   */
  void forgetBefore(Instant before);
}
