package com.routebook.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An entry of the {@link ExplanationCode} catalogue with its arguments, for a person to read in an
 * adapter's language (a step of a routing path, a warning). Arguments are text, whole numbers,
 * domain enums that bundles name ({@link ErrorTexts#NAMED}), other explanations, or lists of these,
 * never {@code null}: what an adapter stores, it reads back equal.
 */
public record Explanation(ExplanationCode code, List<Object> arguments) {

  public Explanation {
    Objects.requireNonNull(code, "code");
    List<Object> checked = new ArrayList<>(arguments.size());
    for (Object argument : arguments) {
      checked.add(checked(argument));
    }
    arguments = Collections.unmodifiableList(checked);
    if (arguments.size() != code.arity()) {
      throw new IllegalArgumentException(
          code + " takes " + code.arity() + " argument(s), got " + arguments.size());
    }
  }

  /** The explanation of a code with these arguments. */
  public static Explanation of(ExplanationCode code, Object... arguments) {
    return new Explanation(code, Arrays.asList(arguments));
  }

  /** A text kept as it was written before explanations were catalogued ({@code TEXT}). */
  public static Explanation text(String text) {
    return of(ExplanationCode.TEXT, text);
  }

  /** The argument itself, or an unmodifiable copy of a list; fails on what cannot be one. */
  private static Object checked(Object argument) {
    if (argument instanceof List<?> items) {
      List<Object> copy = new ArrayList<>(items.size());
      for (Object item : items) {
        copy.add(checked(item));
      }
      return Collections.unmodifiableList(copy);
    }
    boolean allowed =
        argument instanceof String
            || argument instanceof Integer
            || argument instanceof Explanation
            || argument instanceof Enum<?> constant
                && ErrorTexts.NAMED.contains(constant.getDeclaringClass());
    if (!allowed) {
      throw new IllegalArgumentException(
          "an explanation's argument is text, a whole number, a named enum, an explanation or a"
              + " list of those, not "
              + (argument == null ? "null" : argument.getClass().getName()));
    }
    return argument;
  }

  @Override
  public String toString() {
    return arguments.isEmpty() ? code.name() : code + arguments.toString();
  }
}
