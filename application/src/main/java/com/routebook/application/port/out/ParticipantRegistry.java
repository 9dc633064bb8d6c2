package com.routebook.application.port.out;

import com.routebook.domain.ConflictException;
import com.routebook.domain.NotFoundException;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ServiceProvider;
import com.routebook.domain.participant.ServiceProviderId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The public customer registry: participants and service providers, shared by every tenant.
 *
 * <p>Identifier look-ups compare normalized values ({@link Identifier#normalize}) and E-addresses
 * without regard to case; a participant's E-address counts as an identifier of scheme {@code
 * E_ADDRESS}. Versions work as in {@link CustomerDirectory}: {@link #add} stores version 1 and
 * {@link #update} refuses a stale version with {@code CONCURRENT_CHANGE}.
 *
 * <p>This is the write side: whole aggregates. Search pages are read by {@link RegistrySearch}.
 */
public interface ParticipantRegistry {

  /** The participant with that id, in any status. */
  Optional<Participant> findById(ParticipantId participantId);

  /** The participants with any of these ids, in one query. */
  List<Participant> findByIds(Set<ParticipantId> participantIds);

  /**
   * The participants (any status) carrying at least one of the identifiers, in one query; used to
   * route many documents at once.
   */
  List<Participant> findByIdentifiers(Set<Identifier> identifiers);

  /** Stores a new participant (version 0) and returns it with version 1. */
  Participant add(Participant participant);

  /**
   * Stores a changed participant and returns it with the next version.
   *
   * @throws ConflictException {@code CONCURRENT_CHANGE} on a stale version
   * @throws NotFoundException {@code PARTICIPANT_NOT_FOUND} if there is no such participant
   */
  Participant update(Participant participant);

  /** Every service provider, sorted by name then id. */
  List<ServiceProvider> serviceProviders();

  /** The service provider with that id. */
  Optional<ServiceProvider> findServiceProvider(ServiceProviderId serviceProviderId);

  /** Stores a new service provider. */
  ServiceProvider addServiceProvider(ServiceProvider serviceProvider);
}
