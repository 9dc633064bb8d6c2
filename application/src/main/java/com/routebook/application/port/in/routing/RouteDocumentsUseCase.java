package com.routebook.application.port.in.routing;

import com.routebook.domain.ErrorCode;
import com.routebook.domain.Input;
import com.routebook.domain.Rule;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
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
      requireCount(documents == null ? 0 : documents.size());
      documents = List.copyOf(documents);
    }

    /**
     * Checks the size of a batch before its documents are read.
     *
     * @throws ValidationException {@code INVALID_DOCUMENTS} unless 1 to {@link #MAX_DOCUMENTS}
     */
    public static void requireCount(int count) {
      if (count < 1 || count > MAX_DOCUMENTS) {
        throw new ValidationException(
            ErrorCode.INVALID_DOCUMENTS,
            Violation.of(Input.DOCUMENTS, Rule.DOCUMENTS_COUNT, MAX_DOCUMENTS, count));
      }
    }
  }
}
