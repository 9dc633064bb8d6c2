package com.routebook.adapter.persistence.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code app_user}. */
@Entity
@Table(name = "app_user")
public class UserAccountEntity {

  @Id
  @Column(name = "id", length = 36)
  String id;

  @Column(name = "username", nullable = false)
  String username;

  @Column(name = "password_hash", nullable = false)
  String passwordHash;

  @Column(name = "role", nullable = false)
  String role;

  @Column(name = "tenant_id")
  String tenantId;

  @Column(name = "disabled", nullable = false)
  boolean disabled;

  @Column(name = "session_generation", nullable = false)
  long sessionGeneration;

  protected UserAccountEntity() {}
}
