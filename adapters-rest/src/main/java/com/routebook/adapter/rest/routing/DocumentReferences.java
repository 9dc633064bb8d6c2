package com.routebook.adapter.rest.routing;

import com.routebook.adapter.rest.common.DocumentReferenceJson;
import com.routebook.application.port.in.routing.RouteDocumentsUseCase;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import com.routebook.domain.routing.DocumentReference;
import java.util.ArrayList;
import java.util.List;

/** Reads a batch of document references, reporting every bad item by its index. */
final class DocumentReferences {

  /** Code of a batch that is empty, too large, or has bad items. */
  static final String INVALID_DOCUMENTS = "INVALID_DOCUMENTS";

  private DocumentReferences() {}

  /**
   * The domain references of 1 to {@value RouteDocumentsUseCase#MAX_DOCUMENTS} documents, in order.
   * A document id sent twice is routed twice and kept once, with its last reference (as the use
   * case does).
   *
   * @throws ValidationException {@code INVALID_DOCUMENTS}, one violation per bad item ({@code
   *     documents[i].documentId})
   */
  static List<DocumentReference> parse(List<DocumentReferenceJson> documents) {
    int count = documents == null ? 0 : documents.size();
    if (count < 1 || count > RouteDocumentsUseCase.MAX_DOCUMENTS) {
      throw new ValidationException(
          INVALID_DOCUMENTS,
          "documents",
          "send 1 to " + RouteDocumentsUseCase.MAX_DOCUMENTS + " documents, got " + count);
    }
    List<DocumentReference> references = new ArrayList<>(count);
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      DocumentReferenceJson json = documents.get(i);
      String field = "documents[" + i + "]";
      if (json == null) {
        violations.add(new Violation(field, "item " + (i + 1) + ": must be a document reference"));
        continue;
      }
      try {
        references.add(json.toDomain());
      } catch (ValidationException e) {
        for (Violation v : e.violations()) {
          violations.add(
              new Violation(field + "." + v.field(), "item " + (i + 1) + ": " + v.message()));
        }
      }
    }
    if (!violations.isEmpty()) {
      throw new ValidationException(INVALID_DOCUMENTS, violations);
    }
    return references;
  }
}
