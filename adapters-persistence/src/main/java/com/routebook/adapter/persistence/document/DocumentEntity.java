package com.routebook.adapter.persistence.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A row of {@code document}: the references as sent and the last decision, flattened. */
@Entity
@Table(name = "document")
@IdClass(DocumentEntity.Key.class)
public class DocumentEntity {

  @Id
  @Column(name = "tenant_id", length = 36)
  String tenantId;

  @Id
  @Column(name = "document_id", length = 200)
  String documentId;

  @Column(name = "customer_number")
  String customerNumber;

  @Column(name = "e_address")
  String eAddress;

  @Column(name = "ovt")
  String ovt;

  @Column(name = "iban")
  String iban;

  @Column(name = "gln")
  String gln;

  @Column(name = "organization_number")
  String organizationNumber;

  @Column(name = "vat_number")
  String vatNumber;

  @Column(name = "outcome", nullable = false)
  String outcome;

  @Column(name = "reason")
  String reason;

  @Column(name = "message")
  String message;

  @Column(name = "recipient_participant_id")
  String recipientParticipantId;

  @Column(name = "recipient_name")
  String recipientName;

  @Column(name = "recipient_e_address")
  String recipientEAddress;

  @Column(name = "service_provider_id")
  String serviceProviderId;

  @Column(name = "service_provider_name")
  String serviceProviderName;

  @Column(name = "matched_by")
  String matchedBy;

  @Column(name = "customer_id")
  String customerId;

  @Column(name = "warnings", nullable = false)
  String warnings;

  @Column(name = "path", nullable = false)
  String path;

  @Column(name = "received_at", nullable = false)
  Instant receivedAt;

  @Column(name = "decided_at", nullable = false)
  Instant decidedAt;

  @Version
  @Column(name = "version", nullable = false)
  long version;

  protected DocumentEntity() {}

  DocumentEntity(String tenantId, String documentId) {
    this.tenantId = tenantId;
    this.documentId = documentId;
  }

  /** The primary key: tenant and document id. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    String tenantId;
    String documentId;

    public Key() {}

    Key(String tenantId, String documentId) {
      this.tenantId = tenantId;
      this.documentId = documentId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key that
          && Objects.equals(tenantId, that.tenantId)
          && Objects.equals(documentId, that.documentId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(tenantId, documentId);
    }
  }
}
