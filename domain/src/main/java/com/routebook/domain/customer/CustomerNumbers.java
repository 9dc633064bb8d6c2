package com.routebook.domain.customer;

import com.routebook.domain.Breach;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.Input;
import com.routebook.domain.Rule;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The 1 to 50 distinct customer numbers of one customer, in the order given. {@link #parse} reads
 * the comma-separated text of the settings box; it reports every bad item at once and accepts
 * nothing when any item is bad. Numbers read back from storage ({@link #stored}) are trusted as
 * they were accepted then.
 */
public final class CustomerNumbers {

  /** Most customer numbers one customer may have. */
  public static final int MAX_COUNT = 50;

  private final List<CustomerNumber> values;

  /**
   * Checks that there are 1 to 50 numbers, none twice.
   *
   * @throws ValidationException {@code INVALID_CUSTOMER_NUMBERS} naming every problem
   */
  public CustomerNumbers(List<CustomerNumber> values) {
    if (values == null || values.isEmpty()) {
      throw invalid(List.of(Violation.of(Input.CUSTOMER_NUMBERS, Rule.CUSTOMER_NUMBERS_REQUIRED)));
    }
    values = List.copyOf(values);
    List<Violation> violations = new ArrayList<>();
    if (values.size() > MAX_COUNT) {
      violations.add(tooMany(values.size()));
    }
    Set<CustomerNumber> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      if (!seen.add(values.get(i))) {
        violations.add(duplicate(i, values.get(i).value()));
      }
    }
    if (!violations.isEmpty()) {
      throw invalid(violations);
    }
    this.values = values;
  }

  private CustomerNumbers(List<CustomerNumber> stored, boolean trusted) {
    this.values = List.copyOf(stored);
  }

  /**
   * The numbers as they were stored, in order, without checking them against today's rules (format,
   * count); for persistence adapters rebuilding what was accepted under the rules of its day.
   */
  public static CustomerNumbers stored(List<String> values) {
    return new CustomerNumbers(values.stream().map(CustomerNumber::stored).toList(), true);
  }

  /** The numbers, in order. */
  public List<CustomerNumber> values() {
    return values;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CustomerNumbers that && values.equals(that.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /**
   * Reads {@code "A-100, B-200"}: items are separated by commas and trimmed.
   *
   * @throws ValidationException {@code INVALID_CUSTOMER_NUMBERS} with one violation per empty,
   *     duplicate or malformed item (input {@code CUSTOMER_NUMBERS}, item i), or for more than 50
   *     items
   */
  public static CustomerNumbers parse(String text) {
    if (text == null || text.isBlank()) {
      throw invalid(List.of(Violation.of(Input.CUSTOMER_NUMBERS, Rule.CUSTOMER_NUMBERS_REQUIRED)));
    }
    return of(Arrays.asList(text.split(",", -1)));
  }

  /** Takes the items of a list, under the same rules as {@link #parse}. */
  public static CustomerNumbers of(List<String> items) {
    if (items == null || items.isEmpty()) {
      throw invalid(List.of(Violation.of(Input.CUSTOMER_NUMBERS, Rule.CUSTOMER_NUMBERS_REQUIRED)));
    }
    List<Violation> violations = new ArrayList<>();
    List<CustomerNumber> numbers = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String item = items.get(i);
      Breach problem = CustomerNumber.problemWith(item);
      if (problem != null) {
        violations.add(new Violation(Input.CUSTOMER_NUMBERS, i, problem));
      } else if (!seen.add(item.strip())) {
        violations.add(duplicate(i, item.strip()));
      } else {
        numbers.add(new CustomerNumber(item));
      }
    }
    if (items.size() > MAX_COUNT) {
      violations.add(tooMany(items.size()));
    }
    if (!violations.isEmpty()) {
      throw invalid(violations);
    }
    return new CustomerNumbers(numbers);
  }

  /** The numbers given as plain strings. */
  public static CustomerNumbers of(String... items) {
    return of(Arrays.asList(items));
  }

  /** The numbers as a set, for look-ups. */
  public Set<CustomerNumber> asSet() {
    return Set.copyOf(values);
  }

  /** The numbers as strings, in order. */
  public List<String> asStrings() {
    return values.stream().map(CustomerNumber::value).toList();
  }

  /** Whether the number is one of these. */
  public boolean contains(CustomerNumber number) {
    return values.contains(number);
  }

  /** The settings box's text: {@code "A-100, B-200"}. */
  public String asText() {
    return values.stream().map(CustomerNumber::value).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return asText();
  }

  private static Violation duplicate(int index, String value) {
    return Violation.ofItem(Input.CUSTOMER_NUMBERS, index, Rule.CUSTOMER_NUMBER_TWICE, value);
  }

  private static Violation tooMany(int count) {
    return Violation.of(Input.CUSTOMER_NUMBERS, Rule.CUSTOMER_NUMBERS_TOO_MANY, MAX_COUNT, count);
  }

  private static ValidationException invalid(List<Violation> violations) {
    return new ValidationException(ErrorCode.INVALID_CUSTOMER_NUMBERS, violations);
  }
}
