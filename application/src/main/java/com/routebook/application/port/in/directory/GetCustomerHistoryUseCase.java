package com.routebook.application.port.in.directory;

import com.routebook.domain.customer.CustomerChange;
import com.routebook.domain.customer.CustomerId;
import java.util.List;
import java.util.Objects;

/** Reads a customer's audit history, also after it was deleted (viewer). */
public interface GetCustomerHistoryUseCase {

  /** The changes, newest first. */
  List<CustomerChange> history(GetCustomerHistoryQuery query);

  /** Which customer. */
  record GetCustomerHistoryQuery(CustomerId customerId) {
    public GetCustomerHistoryQuery {
      Objects.requireNonNull(customerId, "customerId");
    }
  }
}
