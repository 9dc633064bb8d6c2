package com.routebook.adapter.jsf.support;

import com.routebook.domain.routing.DocumentRecord;
import com.routebook.domain.routing.RoutingDecision;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A stopped document as a row: its id, why it stopped, the bundle key of the message (with the id
 * as its argument; none for a routed one) and when it came.
 */
public record DocumentModel(
    String documentId, String reasonKey, String messageKey, String receivedAt)
    implements Serializable {

  private static final DateTimeFormatter AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /** The row of a kept document. */
  public static DocumentModel of(DocumentRecord document) {
    RoutingDecision decision = document.decision();
    return new DocumentModel(
        document.documentId().value(),
        decision.reason() == null ? "outcome.ROUTED" : "reason." + decision.reason().name(),
        decision.reason() == null ? null : Feedback.stopKey(decision.reason()),
        AT.format(document.receivedAt()));
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
}
