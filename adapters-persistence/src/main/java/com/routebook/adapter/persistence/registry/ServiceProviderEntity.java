package com.routebook.adapter.persistence.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A row of {@code service_provider}. */
@Entity
@Table(name = "service_provider")
public class ServiceProviderEntity {

  @Id
  @Column(name = "id", length = 36)
  String id;

  @Column(name = "name", nullable = false)
  String name;

  @Version
  @Column(name = "version", nullable = false)
  long version;

  protected ServiceProviderEntity() {}

  ServiceProviderEntity(String id, String name) {
    this.id = id;
    this.name = name;
  }
}
