package com.routebook.domain.routing;

import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ParticipantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A routing lookup over lists, for rule tests. */
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
  public Optional<Customer> customerByNumber(CustomerNumber number) {
    return customers.stream().filter(c -> c.numbers().contains(number)).findFirst();
  }

  @Override
  public Optional<Customer> customerOf(ParticipantId participantId) {
    return customers.stream().filter(c -> c.participantId().equals(participantId)).findFirst();
  }

  @Override
  public Optional<Participant> participant(ParticipantId participantId) {
    return participants.stream().filter(p -> p.id().equals(participantId)).findFirst();
  }

  @Override
  public List<Participant> participantsWith(Identifier identifier) {
    return participants.stream().filter(p -> p.hasIdentifier(identifier)).toList();
  }
}
