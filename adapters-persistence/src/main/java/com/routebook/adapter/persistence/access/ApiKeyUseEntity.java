package com.routebook.adapter.persistence.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code api_key_use}: when a key last signed a call (written by an upsert). */
@Entity
@Table(name = "api_key_use")
public class ApiKeyUseEntity {

  @Id
  @Column(name = "api_key_id", length = 36)
  String apiKeyId;

  @Column(name = "last_used_at", nullable = false)
  Instant lastUsedAt;

  protected ApiKeyUseEntity() {}
}
