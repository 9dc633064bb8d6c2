package com.routebook.application.port.in.routing;

import com.routebook.application.port.DocumentFilter;
import com.routebook.application.port.DocumentSort;
import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.domain.routing.DocumentRecord;
import com.routebook.domain.routing.Outcome;
import com.routebook.domain.routing.StopReason;
import java.util.Map;
import java.util.Objects;

/**
 * Lists the caller's documents with their last decision, e.g. the stopped ones, filtered and
 * sorted, and counts the stopped ones per reason (viewer).
 */
public interface ListDocumentsUseCase {

  /** A page of the documents that pass the filter, in the query's order. */
  Page<DocumentRecord> list(ListDocumentsQuery query);

  /** How many stopped documents that pass the filter there are per reason (every reason). */
  Map<StopReason, Long> countByReason(DocumentFilter filter);

  /** Which documents ({@link DocumentFilter#ALL}: every one), in which order, which page. */
  record ListDocumentsQuery(DocumentFilter filter, DocumentSort sort, PageRequest page) {
    public ListDocumentsQuery {
      Objects.requireNonNull(filter, "filter");
      Objects.requireNonNull(sort, "sort");
      Objects.requireNonNull(page, "page");
    }

    /** Documents of one outcome ({@code null}: all), newest first. */
    public ListDocumentsQuery(Outcome outcome, PageRequest page) {
      this(DocumentFilter.ofOutcome(outcome), DocumentSort.NEWEST_FIRST, page);
    }
  }
}
