package com.routebook.domain.routing;

import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ParticipantStatus;
import com.routebook.domain.participant.ServiceProvider;
import java.util.Objects;

/**
 * A registry participant as routing reads it: a flat row with its name, network status, E-address
 * (as registered, {@code icd:value}) and default service provider.
 */
public record RoutingParticipant(
    ParticipantId id,
    String name,
    ParticipantStatus status,
    String eAddress,
    ServiceProvider defaultProvider) {

  public RoutingParticipant {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(defaultProvider, "defaultProvider");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank, was \"" + name + "\"");
    }
    if (eAddress == null || eAddress.isBlank()) {
      throw new IllegalArgumentException("eAddress must not be blank, was \"" + eAddress + "\"");
    }
  }

  /** The routing view of a registry participant. */
  public static RoutingParticipant of(Participant participant) {
    return new RoutingParticipant(
        participant.id(),
        participant.name(),
        participant.status(),
        participant.eAddressText(),
        participant.defaultProvider());
  }

  /** Whether documents can be routed to it (not "Non existing"). */
  public boolean isActive() {
    return status == ParticipantStatus.ACTIVE;
  }
}
