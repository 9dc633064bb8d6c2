package com.routebook.domain.customer;

import com.routebook.domain.Breach;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.Input;
import com.routebook.domain.Rule;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The number a tenant uses for a customer on its invoices: trimmed, 1 to 35 characters, letters,
 * digits and {@code - _ . /} only, when it is given. A number read back from storage ({@link
 * #stored}) is trusted as it was accepted then. Compared exactly (case sensitive).
 */
public final class CustomerNumber {

  /** Longest customer number. */
  public static final int MAX_LENGTH = 35;

  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._/-]+");

  private final String value;

  /**
   * Checks the text by the format rules and keeps it trimmed.
   *
   * @throws ValidationException {@code INVALID_CUSTOMER_NUMBERS} with the rule broken
   */
  public CustomerNumber(String value) {
    Breach problem = problemWith(value);
    if (problem != null) {
      throw new ValidationException(
          ErrorCode.INVALID_CUSTOMER_NUMBERS, new Violation(Input.CUSTOMER_NUMBER, null, problem));
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
    // checked once: routing parses every document's number, twice a document in a batch
    return problemWith(text) == null
        ? Optional.of(new CustomerNumber(text.strip(), true))
        : Optional.empty();
  }

  /** What is wrong with the text as a customer number, or {@code null} when nothing is. */
  static Breach problemWith(String raw) {
    if (raw == null || raw.isBlank()) {
      return Breach.of(Rule.CUSTOMER_NUMBER_EMPTY);
    }
    String value = raw.strip();
    if (value.length() > MAX_LENGTH) {
      return Breach.of(Rule.CUSTOMER_NUMBER_TOO_LONG, value, MAX_LENGTH, value.length());
    }
    if (!ALLOWED.matcher(value).matches()) {
      return Breach.of(Rule.CUSTOMER_NUMBER_CHARACTERS, value);
    }
    return null;
  }

  @Override
  public String toString() {
    return value;
  }
}
