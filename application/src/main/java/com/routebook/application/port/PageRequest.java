package com.routebook.application.port;

import com.routebook.domain.ValidationException;

/** Which page of a list to return: page number from 0 and size 1 to 500. */
public record PageRequest(int page, int size) {

  /** Largest page size. */
  public static final int MAX_SIZE = 500;

  /** Page size used when none is given. */
  public static final int DEFAULT_SIZE = 50;

  public PageRequest {
    if (page < 0) {
      throw new ValidationException("INVALID_PAGE", "page", "page must be 0 or more, was " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new ValidationException(
          "INVALID_PAGE", "size", "size must be 1 to " + MAX_SIZE + ", was " + size);
    }
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
