package com.routebook.application.port.in.directory;

import com.routebook.domain.customer.CustomerId;
import java.util.Objects;

/** A change to a customer that needs nothing but the customer and the version the editor read. */
public record CustomerVersionCommand(CustomerId customerId, long expectedVersion) {

  public CustomerVersionCommand {
    Objects.requireNonNull(customerId, "customerId");
  }
}
