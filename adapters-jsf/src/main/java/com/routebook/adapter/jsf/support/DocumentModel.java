package com.routebook.adapter.jsf.support;

import com.routebook.domain.routing.DocumentRecord;
import com.routebook.domain.routing.DocumentReference;
import com.routebook.domain.routing.MatchedBy;
import com.routebook.domain.routing.RoutingDecision;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A kept document as a row: its id, why it stopped, the bundle key of the message (with the id as
 * its argument; none for a routed one), when it came, and the references it carried as sent (the
 * customer number first, then the E-address and the identifiers).
 */
public record DocumentModel(
    String documentId,
    String reasonKey,
    String messageKey,
    String receivedAt,
    String customerNumber,
    List<Reference> references,
    String customerId)
    implements Serializable {

  private static final DateTimeFormatter AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  public DocumentModel {
    references = List.copyOf(references);
  }

  /** The row of a kept document. */
  public static DocumentModel of(DocumentRecord document) {
    RoutingDecision decision = document.decision();
    DocumentReference reference = document.reference();
    List<Reference> references = new ArrayList<>();
    for (MatchedBy kind : reference.present()) {
      if (kind != MatchedBy.CUSTOMER_NUMBER) {
        references.add(
            new Reference("MatchedBy." + kind.name(), reference.reference(kind).orElse("")));
      }
    }
    return new DocumentModel(
        document.documentId().value(),
        decision.reason() == null ? "outcome.ROUTED" : "reason." + decision.reason().name(),
        decision.reason() == null ? null : Feedback.stopKey(decision.reason()),
        AT.format(document.receivedAt()),
        reference.customerNumber(),
        references,
        decision.customerId() == null ? null : decision.customerId().value());
  }

  /** A reference other than the customer number, as sent: the bundle key of its kind, its value. */
  public record Reference(String labelKey, String value) implements Serializable {

    private static final String E_ADDRESS = "MatchedBy." + MatchedBy.E_ADDRESS.name();

    public String getLabelKey() {
      return labelKey;
    }

    /** Whether it is the E-address, beside which its warnings are shown. */
    public boolean isElectronicAddress() {
      return E_ADDRESS.equals(labelKey);
    }

    public String getValue() {
      return value;
    }
  }

  /** The first reference the public registry can be searched with, as sent ({@code null}: none). */
  public String getRegistryQuery() {
    return references.isEmpty() ? null : references.get(0).value();
  }

  public String getDocumentId() {
    return documentId;
  }

  public String getReasonKey() {
    return reasonKey;
  }

  public String getMessageKey() {
    return messageKey;
  }

  public String getReceivedAt() {
    return receivedAt;
  }

  public String getCustomerNumber() {
    return customerNumber;
  }

  public List<Reference> getReferences() {
    return references;
  }

  public String getCustomerId() {
    return customerId;
  }
}
