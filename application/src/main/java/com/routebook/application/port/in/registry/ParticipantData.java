package com.routebook.application.port.in.registry;

import com.routebook.domain.identifier.IdentifierScheme;
import com.routebook.domain.participant.ServiceProviderId;
import java.util.List;

/**
 * A participant's registry data as entered: raw E-address and identifier values (validated by the
 * use case against the country's rules), its providers and the default ({@code null} with a single
 * provider).
 */
public record ParticipantData(
    String name,
    String country,
    String eAddress,
    List<RawIdentifier> identifiers,
    List<ServiceProviderId> serviceProviderIds,
    ServiceProviderId defaultServiceProviderId) {

  public ParticipantData {
    identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    serviceProviderIds = serviceProviderIds == null ? List.of() : List.copyOf(serviceProviderIds);
  }

  /** An identifier as entered. */
  public record RawIdentifier(IdentifierScheme scheme, String value) {}
}
