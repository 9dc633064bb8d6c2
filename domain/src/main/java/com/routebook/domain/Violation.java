package com.routebook.domain;

import java.util.Objects;

/** One bad field or item of an input: where it is and what is wrong with it. */
public record Violation(String field, String message) {

  public Violation {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }
}
