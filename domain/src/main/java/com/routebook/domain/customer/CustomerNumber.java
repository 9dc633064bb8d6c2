package com.routebook.domain.customer;

import com.routebook.domain.ValidationException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The number a tenant uses for a customer on its invoices: trimmed, 1 to 35 characters, letters,
 * digits and {@code - _ . /} only, when it is given. A number read back from storage ({@link
 * #stored}) is trusted as it was accepted then. Compared exactly (case sensitive).
 */
public final class CustomerNumber {

  /** Code of a customer number, or list of them, that breaks the format rules. */
  public static final String INVALID_CUSTOMER_NUMBERS = "INVALID_CUSTOMER_NUMBERS";

  /** Longest customer number. */
  public static final int MAX_LENGTH = 35;

  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._/-]+");

  private final String value;

  /**
   * Checks the text by the format rules and keeps it trimmed.
   *
   * @throws ValidationException {@value #INVALID_CUSTOMER_NUMBERS} saying what is wrong
   */
  public CustomerNumber(String value) {
    String problem = problemWith(value);
    if (problem != null) {
      throw new ValidationException(INVALID_CUSTOMER_NUMBERS, "customerNumber", problem);
    }
    this.value = value.strip();
  }

  private CustomerNumber(String stored, boolean trusted) {
    this.value = Objects.requireNonNull(stored, "stored");
  }

  /**
   * A number as it was stored, without checking it against today's format rules; for persistence
   * adapters rebuilding what was accepted under the rules of its day.
   */
  public static CustomerNumber stored(String value) {
    return new CustomerNumber(value, true);
  }

  /** The number, trimmed. */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CustomerNumber that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
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
