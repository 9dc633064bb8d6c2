package com.routebook.domain.customer;

import com.routebook.domain.ValidationException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The number a tenant uses for a customer on its invoices: trimmed, 1 to 35 characters, letters,
 * digits and {@code - _ . /} only. Compared exactly (case sensitive).
 */
public record CustomerNumber(String value) {

  /** Code of a customer number, or list of them, that breaks the format rules. */
  public static final String INVALID_CUSTOMER_NUMBERS = "INVALID_CUSTOMER_NUMBERS";

  /** Longest customer number. */
  public static final int MAX_LENGTH = 35;

  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._/-]+");

  public CustomerNumber {
    String problem = problemWith(value);
    if (problem != null) {
      throw new ValidationException(INVALID_CUSTOMER_NUMBERS, "customerNumber", problem);
    }
    value = value.strip();
  }

  /** The number, or empty when the text is not a valid customer number. */
  public static Optional<CustomerNumber> tryParse(String text) {
    return problemWith(text) == null ? Optional.of(new CustomerNumber(text)) : Optional.empty();
  }

  /** What is wrong with the text as a customer number, or {@code null} when nothing is. */
  static String problemWith(String raw) {
    if (raw == null || raw.isBlank()) {
      return "customer number must not be empty";
    }
    String value = raw.strip();
    if (value.length() > MAX_LENGTH) {
      return "customer number \""
          + value
          + "\" is longer than "
          + MAX_LENGTH
          + " characters ("
          + value.length()
          + ")";
    }
    if (!ALLOWED.matcher(value).matches()) {
      return "customer number \""
          + value
          + "\" may contain only letters, digits and - _ . / characters";
    }
    return null;
  }

  @Override
  public String toString() {
    return value;
  }
}
