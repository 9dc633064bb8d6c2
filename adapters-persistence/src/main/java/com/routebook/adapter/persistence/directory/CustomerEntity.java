package com.routebook.adapter.persistence.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A row of {@code customer}; its numbers are rows of {@code customer_number}. */
@Entity
@Table(name = "customer")
public class CustomerEntity {

  @Id
  @Column(name = "id", length = 36)
  String id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  String tenantId;

  @Column(name = "participant_id", nullable = false)
  String participantId;

  @Column(name = "service_provider_id", nullable = false)
  String serviceProviderId;

  @Column(name = "state", nullable = false)
  String state;

  /** When the directory last stored the customer (a list's order by last change). */
  @Column(name = "updated_at", nullable = false)
  Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  long version;

  protected CustomerEntity() {}

  CustomerEntity(String id, String tenantId, String participantId) {
    this.id = id;
    this.tenantId = tenantId;
    this.participantId = participantId;
  }
}
