package com.routebook.adapter.persistence.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A row of {@code participant}; its identifiers and providers are rows of their own tables, read
 * and written by the registry in batches.
 */
@Entity
@Table(name = "participant")
public class ParticipantEntity {

  @Id
  @Column(name = "id", length = 36)
  String id;

  @Column(name = "name", nullable = false)
  String name;

  @Column(name = "country", nullable = false)
  String country;

  /** The E-address as given, {@code icd:value}. */
  @Column(name = "e_address", nullable = false)
  String eAddress;

  @Column(name = "default_provider_id", nullable = false)
  String defaultProviderId;

  @Column(name = "status", nullable = false)
  String status;

  @Version
  @Column(name = "version", nullable = false)
  long version;

  protected ParticipantEntity() {}

  ParticipantEntity(String id) {
    this.id = id;
  }
}
