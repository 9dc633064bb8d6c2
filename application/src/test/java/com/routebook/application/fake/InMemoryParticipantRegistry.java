package com.routebook.application.fake;

import com.routebook.application.port.out.ParticipantRegistry;
import com.routebook.domain.ConflictException;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.NotFoundException;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ServiceProvider;
import com.routebook.domain.participant.ServiceProviderId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The public customer registry in memory; counts its look-ups so tests can bound them. */
public class InMemoryParticipantRegistry implements ParticipantRegistry {

  private final Map<ParticipantId, Participant> participants = new LinkedHashMap<>();
  private final Map<ServiceProviderId, ServiceProvider> providers = new LinkedHashMap<>();
  private int lookups;

  @Override
  public synchronized Optional<Participant> findById(ParticipantId participantId) {
    lookups++;
    return Optional.ofNullable(participants.get(participantId))
        .map(p -> Copies.copy(p, p.version()));
  }

  @Override
  public synchronized List<Participant> findByIds(Set<ParticipantId> participantIds) {
    lookups++;
    return participants.values().stream()
        .filter(p -> participantIds.contains(p.id()))
        .map(p -> Copies.copy(p, p.version()))
        .toList();
  }

  @Override
  public synchronized List<Participant> findByIdentifiers(Set<Identifier> identifiers) {
    lookups++;
    return participants.values().stream()
        .filter(p -> identifiers.stream().anyMatch(p::hasIdentifier))
        .map(p -> Copies.copy(p, p.version()))
        .toList();
  }

  @Override
  public synchronized Participant add(Participant participant) {
    if (participants.containsKey(participant.id())) {
      throw new ConflictException(ErrorCode.PARTICIPANT_EXISTS, participant.id());
    }
    Participant stored = Copies.copy(participant, 1);
    participants.put(stored.id(), stored);
    return Copies.copy(stored, 1);
  }

  @Override
  public synchronized Participant update(Participant participant) {
    Participant current = participants.get(participant.id());
    if (current == null) {
      throw new NotFoundException(ErrorCode.PARTICIPANT_NOT_FOUND, participant.id());
    }
    if (current.version() != participant.version()) {
      throw ConflictException.concurrentChange();
    }
    Participant stored = Copies.copy(participant, participant.version() + 1);
    participants.put(stored.id(), stored);
    return Copies.copy(stored, stored.version());
  }

  @Override
  public synchronized List<ServiceProvider> serviceProviders() {
    return providers.values().stream()
        .sorted(Comparator.comparing(ServiceProvider::name).thenComparing(p -> p.id().value()))
        .toList();
  }

  @Override
  public synchronized Optional<ServiceProvider> findServiceProvider(ServiceProviderId id) {
    return Optional.ofNullable(providers.get(id));
  }

  @Override
  public synchronized ServiceProvider addServiceProvider(ServiceProvider serviceProvider) {
    providers.put(serviceProvider.id(), serviceProvider);
    return serviceProvider;
  }

  /** Registers a participant and its providers in one step, for test set-up. */
  public Participant given(Participant participant) {
    participant.serviceProviders().forEach(this::addServiceProvider);
    return add(participant);
  }

  /** Copies of every participant, in the order they were added (for the read sides). */
  public synchronized List<Participant> all() {
    return participants.values().stream().map(p -> Copies.copy(p, p.version())).toList();
  }

  /** How many look-ups (finders) were made so far. */
  public synchronized int lookups() {
    return lookups;
  }
}
