package com.routebook.application.service.routing;

import com.routebook.application.port.out.BackgroundWork;
import com.routebook.application.port.out.DirectoryChanges;
import com.routebook.application.port.out.RoutingDirectory;
import com.routebook.application.port.out.RoutingDirectory.IdentifierMatch;
import com.routebook.application.port.out.RoutingDirectory.NumberMatch;
import com.routebook.application.port.out.TenantSettings;
import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.routing.DirectoryMode;
import com.routebook.domain.routing.DocumentReference;
import com.routebook.domain.routing.MatchedBy;
import com.routebook.domain.routing.RoutingCustomer;
import com.routebook.domain.routing.RoutingDecision;
import com.routebook.domain.routing.RoutingLookup;
import com.routebook.domain.routing.RoutingParticipant;
import com.routebook.domain.routing.RoutingRules;
import com.routebook.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides where documents go. Whatever the number of documents, it reads the tenant's directory
 * mode (only when a document carries a registry reference, the one case the mode decides anything)
 * and makes at most two look-ups on the {@link RoutingDirectory} (by customer number, by
 * identifier), then applies {@link RoutingRules} to each document, so routing many documents gives
 * the decisions of routing each alone. What customer numbers matched is remembered while {@link
 * DirectoryChanges} says nothing routing reads has changed on any instance ({@link
 * RememberedNumbers}): a number asked again is then answered without a look-up.
 */
@ApplicationScoped
public class RoutingResolver {

  /** Participants matching one identifier are considered by name, then id. */
  private static final Comparator<RoutingParticipant> BY_NAME_THEN_ID =
      Comparator.comparing(RoutingParticipant::name).thenComparing(p -> p.id().value());

  private RoutingDirectory directory;
  private TenantSettings settings;
  private RememberedNumbers numbers;

  /** For the CDI proxy only. */
  protected RoutingResolver() {}

  /** A resolver that remembers nothing: every look-up reads the directory. */
  public RoutingResolver(RoutingDirectory directory, TenantSettings settings) {
    this(directory, settings, new RememberedNumbers(DirectoryChanges.NOT_FOLLOWED, 0));
  }

  /**
   * A resolver that remembers number look-ups while the changes say nothing changed, and warms a
   * tenant's numbers into memory on the background work.
   */
  @Inject
  public RoutingResolver(
      RoutingDirectory directory,
      TenantSettings settings,
      DirectoryChanges changes,
      BackgroundWork work) {
    this(
        directory,
        settings,
        new RememberedNumbers(
            changes,
            RememberedNumbers.capacityFor(Runtime.getRuntime().maxMemory()),
            work,
            System::nanoTime));
  }

  /** As above, with the memory given (tests). */
  RoutingResolver(RoutingDirectory directory, TenantSettings settings, RememberedNumbers numbers) {
    this.directory = directory;
    this.settings = settings;
    this.numbers = numbers;
  }

  /** The decision for one document. */
  public RoutingDecision resolve(TenantId tenant, DocumentReference document) {
    return resolveAll(tenant, List.of(document)).get(0);
  }

  /** One decision per document, in the same order. */
  public List<RoutingDecision> resolveAll(TenantId tenant, List<DocumentReference> documents) {
    DirectoryMode mode =
        documents.stream().anyMatch(RoutingResolver::refersToRegistry)
            ? settings.directoryMode(tenant)
            : DirectoryMode.OPEN; // not consulted: the mode only narrows registry matches
    Snapshot snapshot = load(tenant, documents);
    return documents.stream().map(d -> RoutingRules.decide(d, mode, snapshot)).toList();
  }

  /** Whether the document carries a reference looked up in the registry, where the mode counts. */
  private static boolean refersToRegistry(DocumentReference document) {
    return document.present().stream().anyMatch(kind -> kind != MatchedBy.CUSTOMER_NUMBER);
  }

  private Snapshot load(TenantId tenant, List<DocumentReference> documents) {
    Set<CustomerNumber> asked = new HashSet<>();
    Set<Identifier> identifiers = new HashSet<>();
    for (DocumentReference document : documents) {
      for (MatchedBy kind : document.present()) {
        String raw = document.reference(kind).orElseThrow();
        if (kind == MatchedBy.CUSTOMER_NUMBER) {
          CustomerNumber.tryParse(raw).ifPresent(asked::add);
        } else {
          RoutingRules.identifierFor(kind, raw).ifPresent(identifiers::add);
        }
      }
    }
    Snapshot snapshot = new Snapshot();
    if (!asked.isEmpty()) {
      numbers.byCustomerNumbers(directory, tenant, asked).forEach(snapshot::add);
    }
    if (!identifiers.isEmpty()) {
      directory.byIdentifiers(tenant, identifiers).forEach(snapshot::add);
    }
    snapshot.participantsByIdentifier.values().forEach(list -> list.sort(BY_NAME_THEN_ID));
    return snapshot;
  }

  /** What was read for one batch, answering the rules' questions from memory. */
  private static final class Snapshot implements RoutingLookup {
    private final Map<CustomerNumber, RoutingCustomer> customersByNumber = new HashMap<>();
    private final Map<ParticipantId, RoutingCustomer> customersByParticipant = new HashMap<>();
    private final Map<ParticipantId, RoutingParticipant> participants = new HashMap<>();
    private final Map<Identifier, List<RoutingParticipant>> participantsByIdentifier =
        new HashMap<>();

    void add(NumberMatch match) {
      customersByNumber.put(match.number(), match.customer());
      customersByParticipant.put(match.participant().id(), match.customer());
      participants.put(match.participant().id(), match.participant());
    }

    void add(IdentifierMatch match) {
      RoutingParticipant participant = match.participant();
      participants.put(participant.id(), participant);
      participantsByIdentifier
          .computeIfAbsent(match.identifier(), i -> new ArrayList<>())
          .add(participant);
      match.customerIfAny().ifPresent(c -> customersByParticipant.put(participant.id(), c));
    }

    @Override
    public Optional<RoutingCustomer> customerByNumber(CustomerNumber number) {
      return Optional.ofNullable(customersByNumber.get(number));
    }

    @Override
    public Optional<RoutingCustomer> customerOf(ParticipantId participantId) {
      return Optional.ofNullable(customersByParticipant.get(participantId));
    }

    @Override
    public Optional<RoutingParticipant> participant(ParticipantId participantId) {
      return Optional.ofNullable(participants.get(participantId));
    }

    @Override
    public List<RoutingParticipant> participantsWith(Identifier identifier) {
      return List.copyOf(participantsByIdentifier.getOrDefault(identifier, List.of()));
    }
  }
}
