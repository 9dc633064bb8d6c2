package com.routebook.domain.routing;

import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ParticipantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A routing lookup over lists of aggregates, answering with their read records, for rule tests. A
 * customer whose participant is not in the lookup reads as a customer of an unknown participant.
 */
final class MapLookup implements RoutingLookup {

  final List<Customer> customers = new ArrayList<>();
  final List<Participant> participants = new ArrayList<>();

  MapLookup with(Participant... added) {
    participants.addAll(List.of(added));
    return this;
  }

  MapLookup with(Customer... added) {
    customers.addAll(List.of(added));
    return this;
  }

  @Override
  public Optional<RoutingCustomer> customerByNumber(CustomerNumber number) {
    return customers.stream().filter(c -> c.numbers().contains(number)).findFirst().map(this::read);
  }

  @Override
  public Optional<RoutingCustomer> customerOf(ParticipantId participantId) {
    return customers.stream()
        .filter(c -> c.participantId().equals(participantId))
        .findFirst()
        .map(this::read);
  }

  @Override
  public Optional<RoutingParticipant> participant(ParticipantId participantId) {
    return find(participantId).map(RoutingParticipant::of);
  }

  @Override
  public List<RoutingParticipant> participantsWith(Identifier identifier) {
    return participants.stream()
        .filter(p -> p.hasIdentifier(identifier))
        .map(RoutingParticipant::of)
        .toList();
  }

  private Optional<Participant> find(ParticipantId participantId) {
    return participants.stream().filter(p -> p.id().equals(participantId)).findFirst();
  }

  private RoutingCustomer read(Customer customer) {
    return find(customer.participantId())
        .map(p -> RoutingCustomer.of(customer, p))
        .orElseGet(
            () ->
                new RoutingCustomer(
                    customer.id(),
                    customer.participantId(),
                    customer.state(),
                    customer.serviceProviderId(),
                    null));
  }
}
