package com.routebook.adapter.rest.common;

import com.routebook.adapter.rest.problem.ApiTexts;
import com.routebook.adapter.rest.problem.ProblemException;
import com.routebook.application.port.PageRequest;
import com.routebook.domain.search.SearchPattern;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads query parameters as text, so that a bad value is a 422 naming the parameter rather than the
 * 404 that JAX-RS gives a query parameter it cannot convert.
 */
public final class QueryParams {

  /** Code of a query parameter with a bad value. */
  public static final String INVALID_PARAMETER = "INVALID_PARAMETER";

  private QueryParams() {}

  /** {@code page} (default 0) and {@code size} (default 50, at most 500). */
  public static PageRequest page(String page, String size) {
    return new PageRequest(
        integer("page", page, 0, "INVALID_PAGE"),
        integer("size", size, PageRequest.DEFAULT_SIZE, "INVALID_PAGE"));
  }

  /** A boolean parameter: {@code true} or {@code false}, any case; absent gives the default. */
  public static boolean bool(String name, String value, boolean byDefault) {
    if (value == null || value.isBlank()) {
      return byDefault;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw ProblemException.invalid(
              INVALID_PARAMETER, ApiTexts.fieldError(name, "notBoolean", name, value));
    };
  }

  /** An enum parameter by its name; absent gives {@code null}. */
  public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
    return enumValue(name, value, type, INVALID_PARAMETER);
  }

  /** An enum value by its name, refused with the given code; absent gives {@code null}. */
  public static <E extends Enum<E>> E enumValue(
      String name, String value, Class<E> type, String code) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String wanted = value.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(type.getEnumConstants())
        .filter(constant -> constant.name().equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                ProblemException.invalid(
                    code,
                    ApiTexts.fieldError(
                        name, "notOneOf", name, Arrays.toString(type.getEnumConstants()), value)));
  }

  /** The search box: absent or blank means everything ({@code null}). */
  public static SearchPattern search(String q, String caseSensitive) {
    boolean sensitive = bool("caseSensitive", caseSensitive, true);
    return q == null || q.isBlank() ? null : SearchPattern.parse(q, sensitive);
  }

  private static int integer(String name, String value, int byDefault, String code) {
    if (value == null || value.isBlank()) {
      return byDefault;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw ProblemException.invalid(
          code, ApiTexts.fieldError(name, "notWholeNumber", name, value));
    }
  }
}
