package com.routebook.domain.customer;

import com.routebook.domain.ConflictException;
import java.util.List;

/** Customer numbers that another customer of the tenant holds; names them. */
public class CustomerNumberTakenException extends ConflictException {

  /** Code of a customer number another customer of the tenant holds. */
  public static final String CUSTOMER_NUMBER_TAKEN = "CUSTOMER_NUMBER_TAKEN";

  private final List<String> numbers;

  public CustomerNumberTakenException(List<String> numbers) {
    super(
        CUSTOMER_NUMBER_TAKEN,
        "customer number(s) "
            + String.join(", ", numbers)
            + " already used by another customer in your directory");
    this.numbers = List.copyOf(numbers);
  }

  /** The numbers taken, in the order the customer gave them. */
  public List<String> numbers() {
    return numbers;
  }
}
