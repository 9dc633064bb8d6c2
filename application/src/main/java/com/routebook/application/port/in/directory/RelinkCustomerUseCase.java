package com.routebook.application.port.in.directory;

import com.routebook.domain.ErrorCode;
import com.routebook.domain.Input;
import com.routebook.domain.Rule;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ServiceProviderId;
import java.util.Objects;

/**
 * Points a customer at another participant of the registry (editor): the company moved to a new
 * E-address. Numbers, state and history stay; the provider becomes the new participant's default
 * unless one of its providers is chosen; the change is audited ({@code RELINKED}). A participant
 * that already is a customer of the tenant is refused ({@code CUSTOMER_EXISTS}).
 */
public interface RelinkCustomerUseCase {

  /** The re-linked customer. */
  CustomerView relink(RelinkCustomerCommand command);

  /**
   * The customer, the new participant by id or by E-address (exactly one of them), the chosen
   * provider ({@code null}: the new participant's default) and the version read.
   */
  record RelinkCustomerCommand(
      CustomerId customerId,
      ParticipantId participantId,
      String eAddress,
      ServiceProviderId serviceProviderId,
      long expectedVersion) {
    public RelinkCustomerCommand {
      Objects.requireNonNull(customerId, "customerId");
    }

    /**
     * Refuses a command that names neither or both of the participant and the E-address (checked
     * once the customer is found, so that another tenant's id is not found first).
     *
     * @throws ValidationException {@code INVALID_CUSTOMER}
     */
    public void requireOneParticipant() {
      if ((participantId == null) == (eAddress == null || eAddress.isBlank())) {
        throw new ValidationException(
            ErrorCode.INVALID_CUSTOMER,
            Violation.of(Input.CUSTOMER, Rule.PARTICIPANT_OR_E_ADDRESS));
      }
    }
  }
}
