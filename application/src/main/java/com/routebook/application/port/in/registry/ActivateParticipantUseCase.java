package com.routebook.application.port.in.registry;

import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ParticipantId;

/** Brings a deactivated participant back into the network (network administrator). */
public interface ActivateParticipantUseCase {

  /** The activated participant. */
  Participant activate(ParticipantId participantId);
}
