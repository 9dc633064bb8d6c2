package com.routebook.domain;

import java.util.Objects;

/**
 * One bad part of an input: which part ({@link Input}, and the 0-based position of the item when
 * the input is a list, else {@code null}) and the rule it breaks.
 */
public record Violation(Input input, Integer item, Breach breach) {

  public Violation {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(breach, "breach");
    if (item != null && item < 0) {
      throw new IllegalArgumentException("an item position is 0 or more, was " + item);
    }
  }

  /** A violation of the whole input. */
  public static Violation of(Input input, Rule rule, Object... arguments) {
    return new Violation(input, null, Breach.of(rule, arguments));
  }

  /** A violation of one item of a list input. */
  public static Violation ofItem(Input input, int item, Rule rule, Object... arguments) {
    return new Violation(input, item, Breach.of(rule, arguments));
  }

  /** The rule broken. */
  public Rule rule() {
    return breach.rule();
  }

  @Override
  public String toString() {
    return input + (item == null ? "" : "[" + item + "]") + ": " + breach;
  }
}
