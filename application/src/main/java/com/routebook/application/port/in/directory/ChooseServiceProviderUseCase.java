package com.routebook.application.port.in.directory;

import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.participant.ServiceProviderId;
import java.util.Objects;

/**
 * Chooses the provider a customer's documents go through (editor); it must be one of the
 * participant's ({@code PROVIDER_NOT_REGISTERED}).
 */
public interface ChooseServiceProviderUseCase {

  /** The changed customer. */
  CustomerView chooseProvider(ChooseServiceProviderCommand command);

  /** The customer, the provider and the version read. */
  record ChooseServiceProviderCommand(
      CustomerId customerId, ServiceProviderId serviceProviderId, long expectedVersion) {
    public ChooseServiceProviderCommand {
      Objects.requireNonNull(customerId, "customerId");
      Objects.requireNonNull(serviceProviderId, "serviceProviderId");
    }
  }
}
