package com.routebook.application.port.in.directory;

import com.routebook.domain.customer.CustomerId;
import java.util.Objects;

/** Reads one customer of the caller's directory (viewer); another tenant's is not found. */
public interface GetCustomerUseCase {

  /** The customer's details with its version (the ETag). */
  CustomerView get(GetCustomerQuery query);

  /** Which customer. */
  record GetCustomerQuery(CustomerId customerId) {
    public GetCustomerQuery {
      Objects.requireNonNull(customerId, "customerId");
    }
  }
}
