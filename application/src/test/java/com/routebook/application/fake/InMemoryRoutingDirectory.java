package com.routebook.application.fake;

import com.routebook.application.port.out.ParticipantRegistry;
import com.routebook.application.port.out.RoutingDirectory;
import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.routing.RoutingCustomer;
import com.routebook.domain.routing.RoutingParticipant;
import com.routebook.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The read side of routing over the in-memory directory and registry (whatever they hold now); each
 * call with keys counts as one query, so tests can bound them.
 */
public class InMemoryRoutingDirectory implements RoutingDirectory {

  private final InMemoryCustomerDirectory directory;
  private final ParticipantRegistry registry;
  private int queries;

  public InMemoryRoutingDirectory(
      InMemoryCustomerDirectory directory, ParticipantRegistry registry) {
    this.directory = directory;
    this.registry = registry;
  }

  @Override
  public synchronized List<NumberMatch> byCustomerNumbers(
      TenantId tenantId, Set<CustomerNumber> numbers) {
    if (numbers.isEmpty()) {
      return List.of();
    }
    queries++;
    List<NumberMatch> matches = new ArrayList<>();
    for (Customer customer : directory.findByCustomerNumbers(tenantId, numbers)) {
      Participant participant = registry.findById(customer.participantId()).orElseThrow();
      RoutingCustomer read = RoutingCustomer.of(customer, participant);
      RoutingParticipant readParticipant = RoutingParticipant.of(participant);
      customer.numbers().values().stream()
          .filter(numbers::contains)
          .forEach(n -> matches.add(new NumberMatch(n, read, readParticipant)));
    }
    return matches;
  }

  @Override
  public synchronized void eachNumber(TenantId tenantId, Predicate<NumberMatch> each) {
    queries++;
    for (Customer customer : directory.all(tenantId)) {
      Participant participant = registry.findById(customer.participantId()).orElseThrow();
      RoutingCustomer read = RoutingCustomer.of(customer, participant);
      RoutingParticipant readParticipant = RoutingParticipant.of(participant);
      for (CustomerNumber number : customer.numbers().values()) {
        if (!each.test(new NumberMatch(number, read, readParticipant))) {
          return;
        }
      }
    }
  }

  @Override
  public synchronized List<IdentifierMatch> byIdentifiers(
      TenantId tenantId, Set<Identifier> identifiers) {
    if (identifiers.isEmpty()) {
      return List.of();
    }
    queries++;
    List<Participant> carrying = registry.findByIdentifiers(identifiers);
    Set<ParticipantId> ids = carrying.stream().map(Participant::id).collect(Collectors.toSet());
    Map<ParticipantId, Customer> customers =
        directory.findByParticipants(tenantId, ids).stream()
            .collect(Collectors.toMap(Customer::participantId, Function.identity()));
    List<IdentifierMatch> matches = new ArrayList<>();
    for (Participant participant : carrying) {
      Customer customer = customers.get(participant.id());
      RoutingCustomer read = customer == null ? null : RoutingCustomer.of(customer, participant);
      for (Identifier identifier : identifiers) {
        if (participant.hasIdentifier(identifier)) {
          matches.add(new IdentifierMatch(identifier, RoutingParticipant.of(participant), read));
        }
      }
    }
    return matches;
  }

  /** How many queries (calls with at least one key) were made so far. */
  public synchronized int queries() {
    return queries;
  }
}
