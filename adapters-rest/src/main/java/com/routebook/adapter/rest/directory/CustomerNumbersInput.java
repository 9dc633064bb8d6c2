package com.routebook.adapter.rest.directory;

import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.customer.CustomerNumbers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Customer numbers as a client may send them: a JSON array of strings ({@code ["A-1", "B-2"]}) or
 * the settings box's comma-separated text ({@code "A-1, B-2"}). Every bad item is reported at once.
 */
final class CustomerNumbersInput {

  private CustomerNumbersInput() {}

  /**
   * The numbers of a bound JSON value: a {@link String} or a {@link List} of strings.
   *
   * @throws ValidationException {@code INVALID_CUSTOMER_NUMBERS}, one violation per bad item
   */
  static CustomerNumbers parse(Object json) {
    if (json instanceof String text) {
      return CustomerNumbers.parse(text);
    }
    if (json instanceof List<?> list) {
      return ofList(list);
    }
    if (json == null) {
      return CustomerNumbers.of(List.of());
    }
    throw new ValidationException(
        CustomerNumber.INVALID_CUSTOMER_NUMBERS,
        "customerNumbers",
        "customerNumbers must be an array of strings or a comma-separated string");
  }

  private static CustomerNumbers ofList(List<?> list) {
    List<Violation> notStrings = new ArrayList<>();
    List<String> items = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) instanceof String text) {
        items.add(text);
      } else {
        notStrings.add(
            new Violation(
                "customerNumbers[" + i + "]",
                "item " + (i + 1) + ": a customer number must be a string, was " + list.get(i)));
        items.add("\u0000stand-in-" + i); // checked below, never kept
      }
    }
    if (notStrings.isEmpty()) {
      return CustomerNumbers.of(items);
    }
    List<Violation> all = new ArrayList<>(notStrings);
    try {
      CustomerNumbers.of(items);
    } catch (ValidationException e) {
      e.violations().stream()
          .filter(v -> notStrings.stream().noneMatch(n -> n.field().equals(v.field())))
          .forEach(all::add);
    }
    all.sort(Comparator.comparingInt(CustomerNumbersInput::indexOf));
    throw new ValidationException(CustomerNumber.INVALID_CUSTOMER_NUMBERS, all);
  }

  private static int indexOf(Violation violation) {
    String field = violation.field();
    int open = field.indexOf('[');
    return open < 0
        ? Integer.MAX_VALUE
        : Integer.parseInt(field.substring(open + 1, field.indexOf(']', open)));
  }
}
