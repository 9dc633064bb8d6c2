package com.routebook.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A broken {@link Rule} with its arguments: plain values (text, numbers), domain enums (which
 * adapters name in their language), lists of values, or other breaches (a reason inside a reason).
 */
public record Breach(Rule rule, List<Object> arguments) {

  public Breach {
    Objects.requireNonNull(rule, "rule");
    arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
    if (arguments.size() != rule.arity()) {
      throw new IllegalArgumentException(
          rule + " takes " + rule.arity() + " argument(s), got " + arguments.size());
    }
  }

  /** The breach of a rule with these arguments (null arguments allowed). */
  public static Breach of(Rule rule, Object... arguments) {
    return new Breach(rule, Arrays.asList(arguments));
  }

  @Override
  public String toString() {
    return arguments.isEmpty() ? rule.name() : rule + arguments.toString();
  }
}
