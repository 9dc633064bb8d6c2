package com.routebook.application.port.in.routing;

import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.domain.routing.DocumentRecord;
import com.routebook.domain.routing.Outcome;
import java.util.Objects;

/** Lists the caller's documents with their last decision, e.g. the stopped ones (viewer). */
public interface ListDocumentsUseCase {

  /** A page of documents sorted by document id. */
  Page<DocumentRecord> list(ListDocumentsQuery query);

  /** Only documents with this outcome ({@code null}: all), and the page. */
  record ListDocumentsQuery(Outcome outcome, PageRequest page) {
    public ListDocumentsQuery {
      Objects.requireNonNull(page, "page");
    }
  }
}
