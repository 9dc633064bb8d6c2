package com.routebook.application.port.in.directory;

/** Keeps a customer but stops routing to it (editor). */
public interface DeactivateCustomerUseCase {

  /** The deactivated customer. */
  CustomerView deactivate(CustomerVersionCommand command);
}
