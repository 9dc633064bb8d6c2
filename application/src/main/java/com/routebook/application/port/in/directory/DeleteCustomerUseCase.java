package com.routebook.application.port.in.directory;

/** Removes a customer for good, freeing its numbers; the audit history keeps it (editor). */
public interface DeleteCustomerUseCase {

  /** Deletes the customer. */
  void delete(CustomerVersionCommand command);
}
