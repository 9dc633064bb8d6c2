package com.routebook.application.port.in.registry;

import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ParticipantId;

/** Marks a participant "Non existing" in the network (network administrator). */
public interface DeactivateParticipantUseCase {

  /** The deactivated participant. */
  Participant deactivate(ParticipantId participantId);
}
