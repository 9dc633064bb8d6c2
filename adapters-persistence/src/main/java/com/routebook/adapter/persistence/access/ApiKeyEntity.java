package com.routebook.adapter.persistence.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code api_key}: only the SHA-256 of the secret is kept. */
@Entity
@Table(name = "api_key")
public class ApiKeyEntity {

  @Id
  @Column(name = "id", length = 36)
  String id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  String tenantId;

  @Column(name = "name", nullable = false)
  String name;

  @Column(name = "secret_hash", nullable = false)
  String secretHash;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "revoked_at")
  Instant revokedAt;

  /** The scopes' names, comma separated. */
  @Column(name = "scopes", nullable = false)
  String scopes;

  @Column(name = "expires_at")
  Instant expiresAt;

  protected ApiKeyEntity() {}
}
