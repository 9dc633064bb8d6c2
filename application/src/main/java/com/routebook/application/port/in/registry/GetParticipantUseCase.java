package com.routebook.application.port.in.registry;

import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ParticipantId;

/** Reads one participant of the public registry (any authenticated user). */
public interface GetParticipantUseCase {

  /** The participant; {@code PARTICIPANT_NOT_FOUND} when there is none. */
  Participant get(ParticipantId participantId);
}
