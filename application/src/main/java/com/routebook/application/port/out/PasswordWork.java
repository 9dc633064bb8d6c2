package com.routebook.application.port.out;

/**
 * Counts the slow password work: each PBKDF2 derivation, whether a password is checked against a
 * stored hash (a decoy's too) or a new hash is made. It makes what callers can make the server
 * compute observable (an operations metric), so that the throttle's promise, no hashing beyond its
 * limits, can be proven on a running server. How the count is kept is the adapter's.
 */
public interface PasswordWork {

  /** Counts nothing: services built without a counter (unit tests of other concerns). */
  PasswordWork UNCOUNTED = () -> {};

  /** One PBKDF2 derivation was computed. */
  void derived();
}
