package com.routebook.domain;

/**
 * Too many failed sign-ins for a user or from an address: the attempt was refused without checking
 * the password (adapters answer 429 with {@code Retry-After}). Carries the whole seconds to wait.
 */
public class TooManyAttemptsException extends DomainException {

  private final long retryAfterSeconds;

  public TooManyAttemptsException(long retryAfterSeconds) {
    super(ErrorCode.TOO_MANY_ATTEMPTS, Math.max(1, retryAfterSeconds));
    this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
  }

  /** The whole seconds to wait before the next attempt may be checked (at least one). */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
