package com.routebook.domain.customer;

import com.routebook.domain.ConflictException;
import com.routebook.domain.ErrorCode;
import java.util.List;

/** Customer numbers that another customer of the tenant holds; names them. */
public class CustomerNumberTakenException extends ConflictException {

  /** Code of a customer number another customer of the tenant holds. */
  public static final ErrorCode CUSTOMER_NUMBER_TAKEN = ErrorCode.CUSTOMER_NUMBER_TAKEN;

  private final List<String> numbers;

  public CustomerNumberTakenException(List<String> numbers) {
    this(List.copyOf(numbers), true);
  }

  private CustomerNumberTakenException(List<String> numbers, boolean copied) {
    super(CUSTOMER_NUMBER_TAKEN, numbers);
    this.numbers = numbers;
  }

  /** The numbers taken, in the order the customer gave them. */
  public List<String> numbers() {
    return numbers;
  }
}
