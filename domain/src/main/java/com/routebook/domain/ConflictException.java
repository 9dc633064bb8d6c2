package com.routebook.domain;

/**
 * A change that clashes with the current state (taken number, stale version); adapters answer 409.
 */
public class ConflictException extends DomainException {

  /** Code of a change refused because the editor read an older version. */
  public static final String CONCURRENT_CHANGE = "CONCURRENT_CHANGE";

  public ConflictException(String code, String message) {
    super(code, message);
  }

  /** The refusal of a stale change: "changed by someone else; reload". */
  public static ConflictException concurrentChange() {
    return new ConflictException(CONCURRENT_CHANGE, "changed by someone else; reload");
  }
}
