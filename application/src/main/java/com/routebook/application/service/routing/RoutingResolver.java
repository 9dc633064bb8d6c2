package com.routebook.application.service.routing;

import com.routebook.application.port.out.CustomerDirectory;
import com.routebook.application.port.out.ParticipantRegistry;
import com.routebook.application.port.out.TenantSettings;
import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.routing.DirectoryMode;
import com.routebook.domain.routing.DocumentReference;
import com.routebook.domain.routing.MatchedBy;
import com.routebook.domain.routing.RoutingDecision;
import com.routebook.domain.routing.RoutingLookup;
import com.routebook.domain.routing.RoutingRules;
import com.routebook.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides where documents go, without keeping anything. Whatever the number of documents, it reads
 * the tenant's directory mode and makes at most four look-ups (customers by number, participants by
 * identifier, participants by id, customers by participant), then applies {@link RoutingRules} to
 * each document, so routing many documents gives the decisions of routing each alone.
 */
@ApplicationScoped
public class RoutingResolver {

  private CustomerDirectory directory;
  private ParticipantRegistry registry;
  private TenantSettings settings;

  /** For the CDI proxy only. */
  protected RoutingResolver() {}

  @Inject
  public RoutingResolver(
      CustomerDirectory directory, ParticipantRegistry registry, TenantSettings settings) {
    this.directory = directory;
    this.registry = registry;
    this.settings = settings;
  }

  /** The decision for one document. */
  public RoutingDecision resolve(TenantId tenant, DocumentReference document) {
    return resolveAll(tenant, List.of(document)).get(0);
  }

  /** One decision per document, in the same order. */
  public List<RoutingDecision> resolveAll(TenantId tenant, List<DocumentReference> documents) {
    DirectoryMode mode = settings.directoryMode(tenant);
    Snapshot snapshot = load(tenant, documents);
    return documents.stream().map(d -> RoutingRules.decide(d, mode, snapshot)).toList();
  }

  private Snapshot load(TenantId tenant, List<DocumentReference> documents) {
    Set<CustomerNumber> numbers = new HashSet<>();
    Set<Identifier> identifiers = new HashSet<>();
    for (DocumentReference document : documents) {
      for (MatchedBy kind : document.present()) {
        String raw = document.reference(kind).orElseThrow();
        if (kind == MatchedBy.CUSTOMER_NUMBER) {
          CustomerNumber.tryParse(raw).ifPresent(numbers::add);
        } else {
          RoutingRules.identifierFor(kind, raw).ifPresent(identifiers::add);
        }
      }
    }
    Snapshot snapshot = new Snapshot();
    List<Customer> byNumber =
        numbers.isEmpty() ? List.of() : directory.findByCustomerNumbers(tenant, numbers);
    List<Participant> byIdentifier =
        identifiers.isEmpty() ? List.of() : registry.findByIdentifiers(identifiers);
    byIdentifier.forEach(snapshot::addParticipant);
    Set<ParticipantId> missing = new HashSet<>();
    for (Customer customer : byNumber) {
      customer.numbers().values().forEach(n -> snapshot.customersByNumber.put(n, customer));
      snapshot.customersByParticipant.put(customer.participantId(), customer);
      if (!snapshot.participants.containsKey(customer.participantId())) {
        missing.add(customer.participantId());
      }
    }
    if (!missing.isEmpty()) {
      registry.findByIds(missing).forEach(snapshot::addParticipant);
    }
    Set<ParticipantId> unknownCustomers = new HashSet<>();
    for (Participant participant : byIdentifier) {
      if (!snapshot.customersByParticipant.containsKey(participant.id())) {
        unknownCustomers.add(participant.id());
      }
    }
    if (!unknownCustomers.isEmpty()) {
      directory
          .findByParticipants(tenant, unknownCustomers)
          .forEach(c -> snapshot.customersByParticipant.put(c.participantId(), c));
    }
    return snapshot;
  }

  /** What was loaded for one batch, answering the rules' questions from memory. */
  private static final class Snapshot implements RoutingLookup {
    private final Map<CustomerNumber, Customer> customersByNumber = new HashMap<>();
    private final Map<ParticipantId, Customer> customersByParticipant = new HashMap<>();
    private final Map<ParticipantId, Participant> participants = new HashMap<>();
    private final Map<Identifier, List<Participant>> participantsByIdentifier = new HashMap<>();

    void addParticipant(Participant participant) {
      if (participants.putIfAbsent(participant.id(), participant) == null) {
        for (Identifier identifier : participant.allIdentifiers()) {
          participantsByIdentifier
              .computeIfAbsent(identifier, i -> new ArrayList<>())
              .add(participant);
        }
      }
    }

    @Override
    public Optional<Customer> customerByNumber(CustomerNumber number) {
      return Optional.ofNullable(customersByNumber.get(number));
    }

    @Override
    public Optional<Customer> customerOf(ParticipantId participantId) {
      return Optional.ofNullable(customersByParticipant.get(participantId));
    }

    @Override
    public Optional<Participant> participant(ParticipantId participantId) {
      return Optional.ofNullable(participants.get(participantId));
    }

    @Override
    public List<Participant> participantsWith(Identifier identifier) {
      return List.copyOf(participantsByIdentifier.getOrDefault(identifier, List.of()));
    }
  }
}
