package com.routebook.application.port.in.directory;

import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.customer.CustomerNumbers;
import java.util.Objects;

/** Replaces a customer's numbers (editor), checked against the version the editor read. */
public interface ReplaceCustomerNumbersUseCase {

  /** The changed customer. */
  CustomerView replaceNumbers(ReplaceCustomerNumbersCommand command);

  /** The customer, its new numbers and the version read. */
  record ReplaceCustomerNumbersCommand(
      CustomerId customerId, CustomerNumbers customerNumbers, long expectedVersion) {
    public ReplaceCustomerNumbersCommand {
      Objects.requireNonNull(customerId, "customerId");
      Objects.requireNonNull(customerNumbers, "customerNumbers");
    }
  }
}
