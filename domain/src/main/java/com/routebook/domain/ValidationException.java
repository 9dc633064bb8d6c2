package com.routebook.domain;

import java.util.List;

/**
 * Input that breaks one or more rules; carries one {@link Violation} per bad part or item so that a
 * user can fix them all at once. Nothing has been changed when it is thrown.
 */
public class ValidationException extends DomainException {

  private final List<Violation> violations;

  public ValidationException(ErrorCode code, List<Violation> violations) {
    super(code, List.of(), code + " " + violations);
    if (!code.validation()) {
      throw new IllegalArgumentException(code + " is not a validation code");
    }
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a validation error needs at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  public ValidationException(ErrorCode code, Violation violation) {
    this(code, List.of(violation));
  }

  public List<Violation> violations() {
    return violations;
  }
}
