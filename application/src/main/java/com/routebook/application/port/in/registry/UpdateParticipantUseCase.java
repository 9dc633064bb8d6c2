package com.routebook.application.port.in.registry;

import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ParticipantId;
import java.util.Objects;

/**
 * Replaces a participant's registry data (network administrator). Dropping a provider a customer
 * chose makes that customer fall back to the default ("provider no longer available").
 */
public interface UpdateParticipantUseCase {

  /** The changed participant. */
  Participant update(UpdateParticipantCommand command);

  /** Which participant and its new data. */
  record UpdateParticipantCommand(ParticipantId participantId, ParticipantData data) {
    public UpdateParticipantCommand {
      Objects.requireNonNull(participantId, "participantId");
      Objects.requireNonNull(data, "data");
    }
  }
}
