package com.routebook.domain.customer;

import com.routebook.domain.ConflictException;

/** The tenant already has a customer for that participant; carries the existing one's id. */
public class CustomerExistsException extends ConflictException {

  /** Code of adding a participant that already is a customer. */
  public static final String CUSTOMER_EXISTS = "CUSTOMER_EXISTS";

  private final CustomerId existingCustomerId;

  public CustomerExistsException(CustomerId existingCustomerId) {
    super(
        CUSTOMER_EXISTS,
        "the participant already is a customer in your directory (" + existingCustomerId + ")");
    this.existingCustomerId = existingCustomerId;
  }

  public CustomerId existingCustomerId() {
    return existingCustomerId;
  }
}
