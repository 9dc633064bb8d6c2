package com.routebook.adapter.persistence.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code tenant}; tenants are never changed, so it has no version. */
@Entity
@Table(name = "tenant")
public class TenantEntity {

  @Id
  @Column(name = "id", length = 36)
  String id;

  @Column(name = "name", nullable = false)
  String name;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  protected TenantEntity() {}

  TenantEntity(String id, String name, Instant createdAt) {
    this.id = id;
    this.name = name;
    this.createdAt = createdAt;
  }
}
