package com.routebook.application.port.in.directory;

import com.routebook.application.port.out.DirectorySearch.CustomerSummary;
import com.routebook.domain.Explanation;
import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.identifier.EAddress;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ServiceProvider;
import java.util.List;

/**
 * A customer as shown in lists and details: the customer joined with its participant. {@code
 * serviceProvider} is the one routing uses; {@code nonExisting} is the red label of a deactivated
 * participant; {@code organizationNumber} and {@code vatNumber} are {@code null} when unknown.
 */
public record CustomerView(
    CustomerId id,
    String name,
    ParticipantId participantId,
    String eAddress,
    String organizationNumber,
    String vatNumber,
    List<String> customerNumbers,
    ServiceProvider serviceProvider,
    CustomerState state,
    boolean nonExisting,
    long version,
    List<Identifier> identifiers,
    List<ProviderOption> serviceProviders,
    boolean providerUnavailable) {

  public CustomerView {
    customerNumbers = List.copyOf(customerNumbers);
    identifiers = List.copyOf(identifiers);
    serviceProviders = List.copyOf(serviceProviders);
  }

  /** The view of a customer and the participant it links to. */
  public static CustomerView of(Customer customer, Participant participant) {
    CustomerSummary row = CustomerSummary.of(customer, participant);
    return new CustomerView(
        row.id(),
        row.name(),
        row.participantId(),
        row.eAddress(),
        row.organizationNumber(),
        row.vatNumber(),
        row.customerNumbers(),
        row.serviceProvider(),
        row.state(),
        row.nonExisting(),
        row.version(),
        participant.identifiers(),
        participant.serviceProviders().stream()
            .map(p -> new ProviderOption(p, p.id().equals(participant.defaultProviderId())))
            .toList(),
        customer.providerUnavailable(participant));
  }

  /** Warnings about the E-address, e.g. its scheme is deprecated (none when it has none). */
  public List<Explanation> warnings() {
    return eAddress == null || eAddress.indexOf(':') <= 0
        ? List.of()
        : EAddress.stored(eAddress).warnings();
  }

  /** One of the participant's providers, flagged when it is the participant's default. */
  public record ProviderOption(ServiceProvider provider, boolean isDefault) {}
}
