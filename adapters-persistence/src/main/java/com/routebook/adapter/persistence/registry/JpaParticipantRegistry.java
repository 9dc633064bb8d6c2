package com.routebook.adapter.persistence.registry;

import com.routebook.adapter.persistence.support.Chunks;
import com.routebook.adapter.persistence.support.FollowedDirectoryChanges;
import com.routebook.application.port.out.ParticipantRegistry;
import com.routebook.domain.ConflictException;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.NotFoundException;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.identifier.IdentifierScheme;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ServiceProvider;
import com.routebook.domain.participant.ServiceProviderId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The public customer registry on JPA (whole participants). Search pages are read by {@code
 * search.JdbcRegistrySearch}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaParticipantRegistry implements ParticipantRegistry {

  /** Sort order of participants: name by code point, then id (as the databases sort them). */
  static final Comparator<Participant> BY_NAME =
      Comparator.comparing(Participant::name).thenComparing(p -> p.id().value());

  @PersistenceContext(unitName = "routebook")
  private EntityManager em;

  /** Told of every write, so that routing forgets what it read at once (absent in tests). */
  @Inject private FollowedDirectoryChanges changes;

  /** For CDI. */
  public JpaParticipantRegistry() {}

  /** With an entity manager of the caller's (tests outside the server). */
  public JpaParticipantRegistry(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Participant> findById(ParticipantId participantId) {
    return Optional.ofNullable(
        rows().load(List.of(participantId.value())).get(participantId.value()));
  }

  @Override
  public List<Participant> findByIds(Set<ParticipantId> participantIds) {
    return sorted(rows().load(participantIds.stream().map(ParticipantId::value).toList()).values());
  }

  @Override
  public List<Participant> findByIdentifiers(Set<Identifier> identifiers) {
    Map<IdentifierScheme, List<String>> byScheme = new EnumMap<>(IdentifierScheme.class);
    for (Identifier identifier : identifiers) {
      byScheme.computeIfAbsent(identifier.scheme(), s -> new ArrayList<>()).add(identifier.value());
    }
    Set<String> ids = new HashSet<>();
    for (Map.Entry<IdentifierScheme, List<String>> scheme : byScheme.entrySet()) {
      for (List<String> values : Chunks.of(scheme.getValue())) {
        ids.addAll(
            em.createQuery(
                    "SELECT DISTINCT i.participantId FROM ParticipantIdentifierEntity i"
                        + " WHERE i.scheme = :scheme AND i.value IN :values",
                    String.class)
                .setParameter("scheme", scheme.getKey().name())
                .setParameter("values", values)
                .getResultList());
      }
    }
    return ids.isEmpty() ? List.of() : sorted(rows().load(ids).values());
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public Participant add(Participant participant) {
    announce();
    if (participant.version() != 0) {
      throw new IllegalArgumentException(
          "participant "
              + participant.id()
              + " was stored before (version "
              + participant.version()
              + ")");
    }
    if (em.find(ParticipantEntity.class, participant.id().value()) != null) {
      throw new ConflictException(ErrorCode.PARTICIPANT_EXISTS, participant.id());
    }
    ensureProviders(participant.serviceProviders());
    ParticipantEntity entity = new ParticipantEntity(participant.id().value());
    ParticipantMapper.copyFields(participant, entity);
    em.persist(entity);
    // rows of tables without a JPA relationship between them: parents are written first
    em.flush();
    writeChildren(participant, List.of(), List.of());
    em.flush();
    return reread(participant, entity);
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public Participant update(Participant participant) {
    announce();
    ParticipantEntity entity = em.find(ParticipantEntity.class, participant.id().value());
    if (entity == null) {
      throw new NotFoundException(ErrorCode.PARTICIPANT_NOT_FOUND, participant.id());
    }
    if (entity.version != participant.version()) {
      throw ConflictException.concurrentChange();
    }
    ensureProviders(participant.serviceProviders());
    String id = entity.id;
    // read every row before changing any, so that no query flushes a half-made change
    List<ParticipantIdentifierEntity> identifierRows =
        em.createQuery(
                "SELECT i FROM ParticipantIdentifierEntity i WHERE i.participantId = :id",
                ParticipantIdentifierEntity.class)
            .setParameter("id", id)
            .getResultList();
    List<ParticipantProviderEntity> providerRows =
        em.createQuery(
                "SELECT l FROM ParticipantProviderEntity l WHERE l.participantId = :id",
                ParticipantProviderEntity.class)
            .setParameter("id", id)
            .getResultList();
    ParticipantMapper.copyFields(participant, entity);
    writeChildren(participant, identifierRows, providerRows);
    try {
      em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
      em.flush();
    } catch (OptimisticLockException stale) {
      throw ConflictException.concurrentChange();
    }
    return reread(participant, entity);
  }

  @Override
  public List<ServiceProvider> serviceProviders() {
    return em
        .createQuery("SELECT s FROM ServiceProviderEntity s", ServiceProviderEntity.class)
        .getResultList()
        .stream()
        .map(ParticipantMapper::toDomain)
        .sorted(Comparator.comparing(ServiceProvider::name).thenComparing(s -> s.id().value()))
        .toList();
  }

  @Override
  public Optional<ServiceProvider> findServiceProvider(ServiceProviderId serviceProviderId) {
    return Optional.ofNullable(em.find(ServiceProviderEntity.class, serviceProviderId.value()))
        .map(ParticipantMapper::toDomain);
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public ServiceProvider addServiceProvider(ServiceProvider serviceProvider) {
    announce();
    ServiceProviderEntity stored =
        em.find(ServiceProviderEntity.class, serviceProvider.id().value());
    if (stored == null) {
      em.persist(new ServiceProviderEntity(serviceProvider.id().value(), serviceProvider.name()));
    } else {
      stored.name = serviceProvider.name();
    }
    em.flush();
    return serviceProvider;
  }

  /**
   * Stores (and flushes) the providers a participant names that are not stored yet, before the
   * participant's rows refer to them; the participant's own row is not touched yet.
   */
  private void ensureProviders(List<ServiceProvider> providers) {
    Set<String> known =
        rows()
            .providers(providers.stream().map(p -> p.id().value()).collect(Collectors.toSet()))
            .keySet();
    boolean added = false;
    for (ServiceProvider provider : providers) {
      if (!known.contains(provider.id().value())) {
        em.persist(new ServiceProviderEntity(provider.id().value(), provider.name()));
        added = true;
      }
    }
    if (added) {
      em.flush();
    }
  }

  /** Makes the identifier and provider rows those of the participant, row by row by position. */
  private void writeChildren(
      Participant participant,
      List<ParticipantIdentifierEntity> identifierRows,
      List<ParticipantProviderEntity> providerRows) {
    String id = participant.id().value();
    List<Identifier> identifiers = ParticipantMapper.identifierRows(participant);
    for (int position = 0; position < identifiers.size(); position++) {
      int at = position;
      ParticipantIdentifierEntity row =
          identifierRows.stream()
              .filter(r -> r.position == at)
              .findFirst()
              .orElseGet(
                  () -> {
                    ParticipantIdentifierEntity created = new ParticipantIdentifierEntity(id, at);
                    em.persist(created);
                    return created;
                  });
      row.scheme = identifiers.get(position).scheme().name();
      row.value = identifiers.get(position).value();
    }
    identifierRows.stream().filter(r -> r.position >= identifiers.size()).forEach(em::remove);
    List<ServiceProvider> providers = participant.serviceProviders();
    for (int position = 0; position < providers.size(); position++) {
      int at = position;
      ParticipantProviderEntity row =
          providerRows.stream()
              .filter(r -> r.position == at)
              .findFirst()
              .orElseGet(
                  () -> {
                    ParticipantProviderEntity created = new ParticipantProviderEntity(id, at);
                    em.persist(created);
                    return created;
                  });
      row.serviceProviderId = providers.get(position).id().value();
    }
    providerRows.stream().filter(r -> r.position >= providers.size()).forEach(em::remove);
  }

  private Participant reread(Participant participant, ParticipantEntity entity) {
    return Participant.reconstitute(
        participant.id(),
        participant.name(),
        participant.country(),
        participant.eAddress(),
        participant.identifiers(),
        participant.serviceProviders(),
        participant.defaultProviderId(),
        participant.status(),
        entity.version);
  }

  private ParticipantRows rows() {
    return new ParticipantRows(em);
  }

  private static List<Participant> sorted(java.util.Collection<Participant> participants) {
    return participants.stream().sorted(BY_NAME).toList();
  }

  private void announce() {
    if (changes != null) {
      changes.changedHere();
    }
  }
}
