package com.routebook.application.port.in.routing;

import com.routebook.application.port.DocumentFilter;
import com.routebook.domain.routing.DocumentId;
import java.util.List;

/**
 * Deletes stopped documents (editor); a routed one is refused with {@code NOT_STOPPED}, an unknown
 * one is not found ({@code DOCUMENT_NOT_FOUND}).
 */
public interface DeleteStoppedDocumentUseCase {

  /** Deletes the document. */
  void delete(DocumentId documentId);

  /** Deletes these stopped documents, or none when one id is bad; answers how many. */
  int deleteAll(List<DocumentId> documentIds);

  /**
   * Deletes every stopped document the filter matches (routed ones stay whatever the filter says);
   * answers how many.
   */
  int deleteFiltered(DocumentFilter filter);
}
