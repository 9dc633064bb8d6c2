package com.routebook.adapter.rest.routing;

import com.routebook.adapter.rest.common.PageParams;
import com.routebook.adapter.rest.common.QueryParams;
import com.routebook.adapter.rest.problem.ApiTexts;
import com.routebook.adapter.rest.problem.ProblemException;
import com.routebook.application.port.DocumentFilter;
import com.routebook.application.port.DocumentSort;
import com.routebook.domain.routing.Outcome;
import com.routebook.domain.routing.StopReason;
import com.routebook.domain.search.SearchPattern;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the filter of the document list from query parameters or from a request's {@code filter}
 * member, naming a bad part by its parameter ({@code reason}) or member ({@code filter.reason}).
 */
final class DocumentFilters {

  /** The orders by their {@code sort} values, newest first (the default) first. */
  private static final Map<String, DocumentSort> SORTS = new LinkedHashMap<>();

  static {
    for (DocumentSort sort : DocumentSort.values()) {
      SORTS.put(sort.parameter(), sort);
    }
  }

  private DocumentFilters() {}

  /** The filter of a request body; absent members are no filter at all. */
  static DocumentFilter of(DocumentFilterRequest json) {
    return of(
        "filter.",
        json.status(),
        json.reason(),
        json.q(),
        json.caseSensitive() == null ? null : json.caseSensitive().toString(),
        json.receivedFrom(),
        json.receivedTo(),
        json.customerNumber());
  }

  /** The filter of query parameters ({@code prefix} before each name in an error). */
  static DocumentFilter of(
      String prefix,
      String status,
      String reason,
      String q,
      String caseSensitive,
      String receivedFrom,
      String receivedTo,
      String customerNumber) {
    boolean sensitive = QueryParams.bool(prefix + "caseSensitive", caseSensitive, true);
    return new DocumentFilter(
        QueryParams.enumValue(prefix + "status", status, Outcome.class),
        QueryParams.enumValue(prefix + "reason", reason, StopReason.class),
        q == null || q.isBlank() ? null : SearchPattern.parse(q, sensitive),
        customerNumber,
        time(prefix + "receivedFrom", receivedFrom, false),
        time(prefix + "receivedTo", receivedTo, true));
  }

  /** The order named by {@code sort} ({@code -receivedAt} when absent). */
  static DocumentSort sort(String sort) {
    return PageParams.sort(sort, SORTS);
  }

  /**
   * An instant, or a date: its start (UTC) for a lower bound, the start of the next day for an
   * upper one, so that a date range includes its last day.
   */
  private static Instant time(String name, String value, boolean upper) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    try {
      if (text.length() == 10) {
        LocalDate day = LocalDate.parse(text);
        return (upper ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid(
          QueryParams.INVALID_PARAMETER, ApiTexts.fieldError(name, "notTime", name, value));
    }
  }
}
