package com.routebook.application.port;

import com.routebook.domain.routing.DocumentRecord;
import java.util.Comparator;

/** The orders of a document list; ties are broken by document id (code point order). */
public enum DocumentSort {
  /** Newest first ({@code -receivedAt}, the default). */
  NEWEST_FIRST("-receivedAt"),
  /** Oldest first ({@code receivedAt}). */
  OLDEST_FIRST("receivedAt"),
  /** By document id ({@code documentId}). */
  DOCUMENT_ID("documentId");

  private static final Comparator<DocumentRecord> BY_ID =
      Comparator.comparing(r -> r.documentId().value());

  private final String parameter;

  DocumentSort(String parameter) {
    this.parameter = parameter;
  }

  /** The value of the API's {@code sort} parameter. */
  public String parameter() {
    return parameter;
  }

  /** The order as a comparator. */
  public Comparator<DocumentRecord> comparator() {
    return switch (this) {
      case NEWEST_FIRST ->
          Comparator.comparing(DocumentRecord::receivedAt).reversed().thenComparing(BY_ID);
      case OLDEST_FIRST -> Comparator.comparing(DocumentRecord::receivedAt).thenComparing(BY_ID);
      case DOCUMENT_ID -> BY_ID;
    };
  }
}
