package com.routebook.domain.customer;

import com.routebook.domain.ConflictException;
import com.routebook.domain.ErrorCode;

/**
 * The tenant already has a customer for that participant ({@link ErrorCode#CUSTOMER_EXISTS});
 * carries the existing one's id, which is also the code's argument.
 */
public class CustomerExistsException extends ConflictException {

  /** The code of adding a participant that already is a customer. */
  public static final ErrorCode CUSTOMER_EXISTS = ErrorCode.CUSTOMER_EXISTS;

  private final CustomerId existingCustomerId;

  public CustomerExistsException(CustomerId existingCustomerId) {
    super(ErrorCode.CUSTOMER_EXISTS, existingCustomerId);
    this.existingCustomerId = existingCustomerId;
  }

  public CustomerId existingCustomerId() {
    return existingCustomerId;
  }
}
