package com.routebook.adapter.persistence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code audit_entry}; never changed once written, so it has no version. */
@Entity
@Table(name = "audit_entry")
public class AuditEntryEntity {

  @Id
  @SequenceGenerator(
      name = "audit_entry_seq",
      sequenceName = "audit_entry_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
  @Column(name = "id")
  Long id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  String tenantId;

  @Column(name = "customer_id", nullable = false, updatable = false)
  String customerId;

  @Column(name = "action", nullable = false, updatable = false)
  String action;

  @Column(name = "actor", nullable = false, updatable = false)
  String actor;

  @Column(name = "changed_at", nullable = false, updatable = false)
  Instant changedAt;

  @Column(name = "before_state", updatable = false)
  String beforeState;

  @Column(name = "after_state", updatable = false)
  String afterState;

  protected AuditEntryEntity() {}
}
