package com.routebook.adapter.rest.directory;

import com.routebook.adapter.rest.problem.ApiTexts;
import com.routebook.adapter.rest.problem.Problem;
import com.routebook.adapter.rest.problem.ProblemException;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import com.routebook.domain.customer.CustomerNumbers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Customer numbers as a client may send them: a JSON array of strings ({@code ["A-1", "B-2"]}) or
 * the settings box's comma-separated text ({@code "A-1, B-2"}). Every bad item is reported at once.
 */
final class CustomerNumbersInput {

  private static final String CODE = ErrorCode.INVALID_CUSTOMER_NUMBERS.name();

  private CustomerNumbersInput() {}

  /**
   * The numbers of a bound JSON value: a {@link String} or a {@link List} of strings.
   *
   * @throws ValidationException {@code INVALID_CUSTOMER_NUMBERS}, one violation per bad item
   * @throws ProblemException {@code INVALID_CUSTOMER_NUMBERS} when the JSON is of another shape or
   *     has items that are not strings (with the violations of the other items)
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
    throw ProblemException.invalid(
        CODE, ApiTexts.fieldError("customerNumbers", "customerNumbersShape"));
  }

  private static CustomerNumbers ofList(List<?> list) {
    List<Problem.FieldError> notStrings = new ArrayList<>();
    List<Integer> notStringIndexes = new ArrayList<>();
    List<String> items = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) instanceof String text) {
        items.add(text);
      } else {
        notStrings.add(
            ApiTexts.itemError(
                "customerNumbers",
                i,
                null,
                ApiTexts.ENGLISH.format("api.customerNumberNotString", list.get(i))));
        notStringIndexes.add(i);
        items.add("\u0000stand-in-" + i); // checked below, never kept
      }
    }
    if (notStrings.isEmpty()) {
      return CustomerNumbers.of(items);
    }
    List<Problem.FieldError> all = new ArrayList<>(notStrings);
    try {
      CustomerNumbers.of(items);
    } catch (ValidationException e) {
      for (Violation v : e.violations()) {
        if (v.item() == null || !notStringIndexes.contains(v.item())) {
          all.add(ApiTexts.fieldError(v));
        }
      }
    }
    all.sort(Comparator.comparingInt(CustomerNumbersInput::indexOf));
    throw ProblemException.invalid(CODE, all);
  }

  private static int indexOf(Problem.FieldError error) {
    String field = error.field();
    int open = field.indexOf('[');
    return open < 0
        ? Integer.MAX_VALUE
        : Integer.parseInt(field.substring(open + 1, field.indexOf(']', open)));
  }
}
