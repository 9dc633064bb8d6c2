package com.routebook.application.port.in.routing;

import com.routebook.domain.routing.DocumentId;

/** Deletes a stopped document (editor); a routed one is refused with {@code NOT_STOPPED}. */
public interface DeleteStoppedDocumentUseCase {

  /** Deletes the document. */
  void delete(DocumentId documentId);
}
