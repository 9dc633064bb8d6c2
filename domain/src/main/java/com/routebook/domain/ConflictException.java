package com.routebook.domain;

/**
 * A change that clashes with the current state (taken number, stale version); adapters answer 409
 * (412 for {@link ErrorCode#CONCURRENT_CHANGE}).
 */
public class ConflictException extends DomainException {

  /** The code of a stale change, {@link ErrorCode#CONCURRENT_CHANGE}. */
  public static final ErrorCode CONCURRENT_CHANGE = ErrorCode.CONCURRENT_CHANGE;

  public ConflictException(ErrorCode code, Object... arguments) {
    super(code, arguments);
  }

  /** The refusal of a stale change: changed by someone else; reload. */
  public static ConflictException concurrentChange() {
    return new ConflictException(ErrorCode.CONCURRENT_CHANGE);
  }
}
