package com.routebook.adapter.persistence.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A row of {@code participant_identifier}: position 0 is the participant's E-address in key form,
 * positions 1 and up its other identifiers in order; values are normalized.
 */
@Entity
@Table(name = "participant_identifier")
@IdClass(ParticipantIdentifierEntity.Key.class)
public class ParticipantIdentifierEntity {

  /** Position of the row holding the participant's own E-address. */
  static final int E_ADDRESS_POSITION = 0;

  @Id
  @Column(name = "participant_id", length = 36)
  String participantId;

  @Id
  @Column(name = "position")
  int position;

  @Column(name = "scheme", nullable = false)
  String scheme;

  @Column(name = "normalized_value", nullable = false)
  String value;

  protected ParticipantIdentifierEntity() {}

  ParticipantIdentifierEntity(String participantId, int position) {
    this.participantId = participantId;
    this.position = position;
  }

  /** The primary key: participant and position. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    String participantId;
    int position;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key that
          && position == that.position
          && Objects.equals(participantId, that.participantId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(participantId, position);
    }
  }
}
