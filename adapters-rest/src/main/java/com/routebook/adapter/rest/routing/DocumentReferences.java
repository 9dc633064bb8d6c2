package com.routebook.adapter.rest.routing;

import com.routebook.adapter.rest.common.DocumentReferenceJson;
import com.routebook.adapter.rest.problem.ApiTexts;
import com.routebook.adapter.rest.problem.Problem;
import com.routebook.adapter.rest.problem.ProblemException;
import com.routebook.application.port.in.routing.RouteDocumentsUseCase;
import com.routebook.application.port.in.routing.RouteDocumentsUseCase.RouteDocumentsCommand;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import com.routebook.domain.routing.DocumentReference;
import java.util.ArrayList;
import java.util.List;

/** Reads a batch of document references, reporting every bad item by its index. */
final class DocumentReferences {

  private DocumentReferences() {}

  /**
   * The domain references of 1 to {@value RouteDocumentsUseCase#MAX_DOCUMENTS} documents, in order.
   * A document id sent twice is routed twice and kept once, with its last reference (as the use
   * case does).
   *
   * @throws ValidationException {@code INVALID_DOCUMENTS} for an empty or too large batch
   * @throws ProblemException {@code INVALID_DOCUMENTS}, one error per bad item ({@code
   *     documents[i].documentId})
   */
  static List<DocumentReference> parse(List<DocumentReferenceJson> documents) {
    int count = documents == null ? 0 : documents.size();
    RouteDocumentsCommand.requireCount(count);
    List<DocumentReference> references = new ArrayList<>(count);
    List<Problem.FieldError> errors = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      DocumentReferenceJson json = documents.get(i);
      if (json == null) {
        errors.add(
            ApiTexts.itemError(
                "documents", i, null, ApiTexts.ENGLISH.format("api.documentReference")));
        continue;
      }
      try {
        references.add(json.toDomain());
      } catch (ValidationException e) {
        for (Violation v : e.violations()) {
          errors.add(
              ApiTexts.itemError("documents", i, ApiTexts.field(v), ApiTexts.ENGLISH.message(v)));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(ErrorCode.INVALID_DOCUMENTS.name(), errors);
    }
    return references;
  }
}
