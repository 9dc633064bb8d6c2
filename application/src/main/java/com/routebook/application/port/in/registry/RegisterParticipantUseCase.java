package com.routebook.application.port.in.registry;

import com.routebook.domain.participant.Participant;

/** Adds a participant to the public registry (network administrator). */
public interface RegisterParticipantUseCase {

  /** The new, active participant; {@code INVALID_IDENTIFIER} or {@code INVALID_PARTICIPANT}. */
  Participant register(ParticipantData data);
}
