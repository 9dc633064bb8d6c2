package com.routebook.domain.routing;

import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ServiceProvider;
import com.routebook.domain.participant.ServiceProviderId;
import java.util.Objects;

/**
 * A customer of the tenant's directory as routing reads it: a flat row with its participant, state,
 * the id of the chosen service provider, and that provider while the participant still offers it
 * ({@code null} once the participant dropped it: "provider no longer available").
 */
public record RoutingCustomer(
    CustomerId id,
    ParticipantId participantId,
    CustomerState state,
    ServiceProviderId chosenProviderId,
    ServiceProvider offeredProvider) {

  public RoutingCustomer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(participantId, "participantId");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(chosenProviderId, "chosenProviderId");
    if (offeredProvider != null && !offeredProvider.id().equals(chosenProviderId)) {
      throw new IllegalArgumentException(
          "offeredProvider must be the chosen provider "
              + chosenProviderId
              + ", was "
              + offeredProvider.id());
    }
  }

  /** The routing view of a customer of that participant. */
  public static RoutingCustomer of(Customer customer, Participant participant) {
    if (!customer.participantId().equals(participant.id())) {
      throw new IllegalArgumentException(
          "customer "
              + customer.id()
              + " links to participant "
              + customer.participantId()
              + ", not to "
              + participant.id());
    }
    return new RoutingCustomer(
        customer.id(),
        customer.participantId(),
        customer.state(),
        customer.serviceProviderId(),
        participant.provider(customer.serviceProviderId()).orElse(null));
  }

  /** Whether the customer is used for routing. */
  public boolean isActive() {
    return state == CustomerState.ACTIVE;
  }

  /** Whether the participant dropped the chosen provider ("provider no longer available"). */
  public boolean providerUnavailable() {
    return offeredProvider == null;
  }

  /** The provider routing uses: the chosen one while offered, else the participant's default. */
  public ServiceProvider effectiveProvider(RoutingParticipant participant) {
    return offeredProvider == null ? participant.defaultProvider() : offeredProvider;
  }
}
