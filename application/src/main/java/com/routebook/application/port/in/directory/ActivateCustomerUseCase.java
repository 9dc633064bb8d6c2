package com.routebook.application.port.in.directory;

/** Takes an inactive customer back into use for routing (editor). */
public interface ActivateCustomerUseCase {

  /** The activated customer. */
  CustomerView activate(CustomerVersionCommand command);
}
