package com.routebook.application.port;

import com.routebook.domain.ErrorCode;
import com.routebook.domain.Input;
import com.routebook.domain.Rule;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;

/** Which page of a list to return: page number from 0 and size 1 to 500. */
public record PageRequest(int page, int size) {

  /** Largest page size. */
  public static final int MAX_SIZE = 500;

  /** Page size used when none is given. */
  public static final int DEFAULT_SIZE = 50;

  public PageRequest {
    if (page < 0) {
      throw invalid(Violation.of(Input.PAGE, Rule.PAGE_NEGATIVE, page));
    }
    if (size < 1 || size > MAX_SIZE) {
      throw invalid(Violation.of(Input.PAGE_SIZE, Rule.PAGE_SIZE_RANGE, MAX_SIZE, size));
    }
  }

  private static ValidationException invalid(Violation violation) {
    return new ValidationException(ErrorCode.INVALID_PAGE, violation);
  }

  /** The first page of the default size. */
  public static PageRequest first() {
    return new PageRequest(0, DEFAULT_SIZE);
  }

  /** Index of the first item of the page in the whole list. */
  public long offset() {
    return (long) page * size;
  }
}
