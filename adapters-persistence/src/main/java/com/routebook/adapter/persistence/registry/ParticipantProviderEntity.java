package com.routebook.adapter.persistence.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A row of {@code participant_provider}: one of a participant's providers, in order. */
@Entity
@Table(name = "participant_provider")
@IdClass(ParticipantProviderEntity.Key.class)
public class ParticipantProviderEntity {

  @Id
  @Column(name = "participant_id", length = 36)
  String participantId;

  @Id
  @Column(name = "position")
  int position;

  @Column(name = "service_provider_id", nullable = false)
  String serviceProviderId;

  protected ParticipantProviderEntity() {}

  ParticipantProviderEntity(String participantId, int position) {
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
