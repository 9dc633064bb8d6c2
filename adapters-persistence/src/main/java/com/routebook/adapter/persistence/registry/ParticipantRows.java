package com.routebook.adapter.persistence.registry;

import com.routebook.adapter.persistence.support.Chunks;
import com.routebook.domain.participant.Participant;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads whole participants by id in a fixed number of queries (participants, identifiers,
 * providers, service providers) per {@value Chunks#SIZE} ids. The directory reads them through the
 * registry's port.
 */
final class ParticipantRows {

  private final EntityManager em;

  ParticipantRows(EntityManager em) {
    this.em = em;
  }

  /** The participants with these ids that exist, by id. */
  Map<String, Participant> load(Collection<String> ids) {
    Map<String, Participant> loaded = new HashMap<>();
    for (List<String> chunk : Chunks.of(new HashSet<>(ids))) {
      loadChunk(chunk, loaded);
    }
    return loaded;
  }

  private void loadChunk(List<String> ids, Map<String, Participant> loaded) {
    List<ParticipantEntity> participants =
        em.createQuery(
                "SELECT p FROM ParticipantEntity p WHERE p.id IN :ids", ParticipantEntity.class)
            .setParameter("ids", ids)
            .getResultList();
    if (participants.isEmpty()) {
      return;
    }
    Map<String, List<ParticipantIdentifierEntity>> identifiers = new HashMap<>();
    em.createQuery(
            "SELECT i FROM ParticipantIdentifierEntity i WHERE i.participantId IN :ids"
                + " ORDER BY i.participantId, i.position",
            ParticipantIdentifierEntity.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(i -> identifiers.computeIfAbsent(i.participantId, k -> new ArrayList<>()).add(i));
    Map<String, List<ParticipantProviderEntity>> links = new HashMap<>();
    Set<String> providerIds = new HashSet<>();
    em.createQuery(
            "SELECT l FROM ParticipantProviderEntity l WHERE l.participantId IN :ids"
                + " ORDER BY l.participantId, l.position",
            ParticipantProviderEntity.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(
            l -> {
              links.computeIfAbsent(l.participantId, k -> new ArrayList<>()).add(l);
              providerIds.add(l.serviceProviderId);
            });
    Map<String, ServiceProviderEntity> providers = providers(providerIds);
    for (ParticipantEntity participant : participants) {
      loaded.put(
          participant.id,
          ParticipantMapper.toDomain(
              participant,
              identifiers.getOrDefault(participant.id, List.of()),
              links.getOrDefault(participant.id, List.of()),
              providers));
    }
  }

  /** The service providers with these ids, by id, in one query. */
  Map<String, ServiceProviderEntity> providers(Set<String> ids) {
    Map<String, ServiceProviderEntity> providers = new LinkedHashMap<>();
    if (!ids.isEmpty()) {
      em.createQuery(
              "SELECT s FROM ServiceProviderEntity s WHERE s.id IN :ids",
              ServiceProviderEntity.class)
          .setParameter("ids", List.copyOf(ids))
          .getResultList()
          .forEach(s -> providers.put(s.id, s));
    }
    return providers;
  }
}
