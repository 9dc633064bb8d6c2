package com.routebook.domain.routing;

import com.routebook.domain.participant.ParticipantId;
import java.util.Objects;

/** The participant a decision names: id, name and E-address. */
public record Recipient(ParticipantId participantId, String name, String eAddress) {

  public Recipient {
    Objects.requireNonNull(participantId, "participantId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(eAddress, "eAddress");
  }

  /** The recipient for a participant. */
  public static Recipient of(RoutingParticipant participant) {
    return new Recipient(participant.id(), participant.name(), participant.eAddress());
  }
}
