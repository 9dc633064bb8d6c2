package com.routebook.application.port.in.directory;

import com.routebook.domain.ErrorCode;
import com.routebook.domain.Input;
import com.routebook.domain.Rule;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import com.routebook.domain.customer.CustomerNumbers;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ServiceProviderId;
import java.util.Objects;

/**
 * Adds a registry participant to the caller's directory (editor). Refuses a number another customer
 * of the tenant holds ({@code CUSTOMER_NUMBER_TAKEN}) and a participant that already is a customer
 * ({@code CUSTOMER_EXISTS}, carrying the existing customer's id).
 */
public interface AddCustomerUseCase {

  /** The new customer. */
  CustomerView add(AddCustomerCommand command);

  /**
   * The participant, by id or by E-address (exactly one of them), the customer numbers, and the
   * chosen provider ({@code null}: the participant's default).
   */
  record AddCustomerCommand(
      ParticipantId participantId,
      String eAddress,
      CustomerNumbers customerNumbers,
      ServiceProviderId serviceProviderId) {
    public AddCustomerCommand {
      if ((participantId == null) == (eAddress == null || eAddress.isBlank())) {
        throw new ValidationException(
            ErrorCode.INVALID_CUSTOMER,
            Violation.of(Input.CUSTOMER, Rule.PARTICIPANT_OR_E_ADDRESS));
      }
      Objects.requireNonNull(customerNumbers, "customerNumbers");
    }

    /** Adds the participant with that id. */
    public static AddCustomerCommand forParticipant(
        ParticipantId participantId, CustomerNumbers numbers, ServiceProviderId provider) {
      return new AddCustomerCommand(participantId, null, numbers, provider);
    }
  }
}
