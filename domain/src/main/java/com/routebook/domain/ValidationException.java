package com.routebook.domain;

import java.util.List;

/**
 * Input that breaks one or more rules; carries one {@link Violation} per bad field or item so that
 * a user can fix them all at once. Nothing has been changed when it is thrown.
 */
public class ValidationException extends DomainException {

  private final List<Violation> violations;

  public ValidationException(String code, List<Violation> violations) {
    super(code, summary(violations));
    this.violations = List.copyOf(violations);
  }

  public ValidationException(String code, String field, String message) {
    this(code, List.of(new Violation(field, message)));
  }

  public List<Violation> violations() {
    return violations;
  }

  private static String summary(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a validation error needs at least one violation");
    }
    return violations.size() == 1
        ? violations.get(0).message()
        : violations.size() + " problems: " + violations.get(0).message() + " …";
  }
}
