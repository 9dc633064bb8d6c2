package com.routebook.adapter.persistence.registry;

import com.routebook.domain.identifier.EAddress;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.identifier.IdentifierScheme;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ParticipantStatus;
import com.routebook.domain.participant.ServiceProvider;
import com.routebook.domain.participant.ServiceProviderId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Converts between participants and their rows. A stored participant is rebuilt as it was accepted
 * (its E-address's scheme may have left the Peppol list since), without today's rules.
 */
final class ParticipantMapper {

  private ParticipantMapper() {}

  static Participant toDomain(
      ParticipantEntity entity,
      List<ParticipantIdentifierEntity> identifierRows,
      List<ParticipantProviderEntity> providerRows,
      Map<String, ServiceProviderEntity> providers) {
    List<Identifier> identifiers = new ArrayList<>();
    for (ParticipantIdentifierEntity row : identifierRows) {
      if (row.position != ParticipantIdentifierEntity.E_ADDRESS_POSITION) {
        identifiers.add(Identifier.stored(IdentifierScheme.valueOf(row.scheme), row.value));
      }
    }
    List<ServiceProvider> serviceProviders = new ArrayList<>();
    for (ParticipantProviderEntity row : providerRows) {
      ServiceProviderEntity provider = providers.get(row.serviceProviderId);
      if (provider == null) {
        throw new IllegalStateException(
            "participant " + entity.id + " names unknown provider " + row.serviceProviderId);
      }
      serviceProviders.add(toDomain(provider));
    }
    return Participant.reconstitute(
        new ParticipantId(entity.id),
        entity.name,
        entity.country,
        EAddress.stored(entity.eAddress),
        identifiers,
        serviceProviders,
        new ServiceProviderId(entity.defaultProviderId),
        ParticipantStatus.valueOf(entity.status),
        entity.version);
  }

  static ServiceProvider toDomain(ServiceProviderEntity entity) {
    return new ServiceProvider(new ServiceProviderId(entity.id), entity.name);
  }

  static void copyFields(Participant participant, ParticipantEntity entity) {
    entity.name = participant.name();
    entity.country = participant.country();
    entity.eAddress = participant.eAddressText();
    entity.defaultProviderId = participant.defaultProviderId().value();
    entity.status = participant.status().name();
  }

  /**
   * The identifier rows of a participant by position: the E-address (key form) first, then its
   * other identifiers.
   */
  static List<Identifier> identifierRows(Participant participant) {
    List<Identifier> rows = new ArrayList<>();
    rows.add(participant.eAddressIdentifier());
    rows.addAll(participant.identifiers());
    return rows;
  }
}
