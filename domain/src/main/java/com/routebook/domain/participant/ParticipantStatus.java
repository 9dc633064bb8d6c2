package com.routebook.domain.participant;

/** Network status of a participant; a deactivated one is shown as "Non existing". */
public enum ParticipantStatus {
  ACTIVE,
  DEACTIVATED;

  /** Whether the participant is shown with the red "Non existing" label. */
  public boolean nonExisting() {
    return this == DEACTIVATED;
  }
}
