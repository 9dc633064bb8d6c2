package com.routebook.application.port.in.routing;

import com.routebook.domain.ValidationException;
import com.routebook.domain.routing.DocumentReference;
import com.routebook.domain.routing.RoutingDecision;
import java.util.List;

/**
 * Routes 1 to 10,000 documents in one call (editor) and keeps them in the document log; the
 * decisions are the same as routing each alone.
 */
public interface RouteDocumentsUseCase {

  /** Most documents per call. */
  int MAX_DOCUMENTS = 10_000;

  /** One decision per document, in the same order. */
  List<RoutingDecision> route(RouteDocumentsCommand command);

  /** The documents to route. */
  record RouteDocumentsCommand(List<DocumentReference> documents) {
    public RouteDocumentsCommand {
      if (documents == null || documents.isEmpty() || documents.size() > MAX_DOCUMENTS) {
        throw new ValidationException(
            "INVALID_DOCUMENTS",
            "documents",
            "send 1 to "
                + MAX_DOCUMENTS
                + " documents, got "
                + (documents == null ? 0 : documents.size()));
      }
      documents = List.copyOf(documents);
    }
  }
}
