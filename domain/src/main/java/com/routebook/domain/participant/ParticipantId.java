package com.routebook.domain.participant;

import java.util.UUID;

/** Opaque identity of a participant of the public customer registry. */
public record ParticipantId(String value) {

  public ParticipantId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("participantId must not be blank, was \"" + value + "\"");
    }
  }

  /** A new, unique id. */
  public static ParticipantId newId() {
    return new ParticipantId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
