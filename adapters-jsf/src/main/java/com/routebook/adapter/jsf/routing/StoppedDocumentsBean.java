package com.routebook.adapter.jsf.routing;

import com.routebook.adapter.jsf.support.DocumentModel;
import com.routebook.adapter.jsf.support.Feedback;
import com.routebook.adapter.jsf.support.Paging;
import com.routebook.application.port.DocumentFilter;
import com.routebook.application.port.DocumentSort;
import com.routebook.application.port.Page;
import com.routebook.application.port.in.routing.DeleteStoppedDocumentUseCase;
import com.routebook.application.port.in.routing.ListDocumentsUseCase;
import com.routebook.application.port.in.routing.ListDocumentsUseCase.ListDocumentsQuery;
import com.routebook.application.port.in.routing.ResendDocumentsUseCase;
import com.routebook.domain.DomainException;
import com.routebook.domain.Input;
import com.routebook.domain.routing.DocumentId;
import com.routebook.domain.routing.DocumentRecord;
import com.routebook.domain.routing.Outcome;
import com.routebook.domain.routing.RoutingDecision;
import com.routebook.domain.routing.StopReason;
import com.routebook.domain.search.SearchPattern;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stopped documents, worked from one screen: newest first, with the references each carried as
 * sent, its reason and arrival; filtered by reason (with the count of each), customer number, a
 * {@code *} pattern and the day it came; Resend, Fix and Delete per row and, for editors, resend or
 * delete of the selected rows or of everything the filter matches, after a confirmation that says
 * how many.
 */
@Named("stoppedDocuments")
@ViewScoped
public class StoppedDocumentsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Documents per page. */
  public static final int PAGE_SIZE = 20;

  static final String QUERY_FIELD = "filters:query";
  static final String FROM_FIELD = "filters:receivedFrom";
  static final String TO_FIELD = "filters:receivedTo";

  /** What an editor asked to do to several documents, waiting for the confirmation. */
  public enum BulkAction {
    RESEND_SELECTED,
    DELETE_SELECTED,
    RESEND_MATCHING,
    DELETE_MATCHING
  }

  private ListDocumentsUseCase listDocuments;
  private ResendDocumentsUseCase resendDocuments;
  private DeleteStoppedDocumentUseCase deleteDocument;
  private Feedback feedback;

  private final Paging paging = new Paging(PAGE_SIZE);
  private List<DocumentModel> documents = List.of();
  private List<ReasonCount> counts = List.of();
  private boolean loaded;
  private boolean failed;

  private String reason;
  private String customerNumber;
  private String query;
  private boolean matchCase = true;
  private String receivedFrom;
  private String receivedTo;
  private final Map<String, Boolean> selected = new HashMap<>();
  private BulkAction pending;
  private long pendingCount;

  /** For the CDI proxy only. */
  protected StoppedDocumentsBean() {}

  @Inject
  public StoppedDocumentsBean(
      ListDocumentsUseCase listDocuments,
      ResendDocumentsUseCase resendDocuments,
      DeleteStoppedDocumentUseCase deleteDocument,
      Feedback feedback) {
    this.listDocuments = listDocuments;
    this.resendDocuments = resendDocuments;
    this.deleteDocument = deleteDocument;
    this.feedback = feedback;
  }

  /** Lists the first page when the page opens. */
  public void open() {
    if (!loaded) {
      load();
    }
  }

  /** Applies the filters from the first page. */
  public void apply() {
    paging.first();
    pending = null;
    load();
  }

  /** Shows every stopped document again. */
  public void clear() {
    reason = null;
    customerNumber = null;
    query = null;
    receivedFrom = null;
    receivedTo = null;
    matchCase = true;
    apply();
  }

  /** Filters on one reason ({@code null} or blank: any). */
  public void showReason(String newReason) {
    reason = newReason == null || newReason.isBlank() ? null : newReason;
    apply();
  }

  /** Routes one document again with the directory as it is now. */
  public void resend(String documentId) {
    try {
      RoutingDecision decision = resendDocuments.resend(new DocumentId(documentId));
      if (decision.isRouted()) {
        feedback.info("stopped.resent.routed", documentId, decision.recipient().name());
      } else {
        feedback.error(
            null,
            "stopped.resent.stopped",
            documentId,
            feedback.stopMessage(decision.reason(), decision.documentId()));
      }
    } catch (DomainException e) {
      feedback.report(e);
    }
    load();
  }

  /** Deletes one stopped document. */
  public void delete(String documentId) {
    try {
      deleteDocument.delete(new DocumentId(documentId));
      feedback.info("stopped.deleted", documentId);
    } catch (DomainException e) {
      feedback.report(e);
    }
    load();
  }

  /**
   * Asks to resend or delete the selected rows or everything the filter matches: the page then asks
   * to confirm, saying how many.
   */
  public void ask(String action) {
    BulkAction asked = BulkAction.valueOf(action);
    long count =
        switch (asked) {
          case RESEND_SELECTED, DELETE_SELECTED -> selectedIds().size();
          case RESEND_MATCHING, DELETE_MATCHING -> paging.getTotal();
        };
    if (count == 0) {
      feedback.error(null, "stopped.bulk.none");
      pending = null;
      return;
    }
    pending = asked;
    pendingCount = count;
  }

  /** Does what was asked and confirmed, then lists again. */
  public void confirm() {
    BulkAction action = pending;
    pending = null;
    if (action == null) {
      return;
    }
    try {
      switch (action) {
        case RESEND_SELECTED -> resent(resendDocuments.resendAll(selectedIds()));
        case RESEND_MATCHING -> resent(resendDocuments.resendFiltered(filter()));
        case DELETE_SELECTED ->
            feedback.info("stopped.bulk.deleted", deleteDocument.deleteAll(selectedIds()));
        case DELETE_MATCHING ->
            feedback.info("stopped.bulk.deleted", deleteDocument.deleteFiltered(filter()));
      }
      selected.clear();
    } catch (BadDay e) {
      feedback.error(e.field, "stopped.filter.badDay", e.text);
    } catch (DomainException e) {
      feedback.report(e, fields());
    }
    load();
  }

  /** Gives up the asked action. */
  public void cancel() {
    pending = null;
  }

  private void resent(List<RoutingDecision> decisions) {
    long routed = decisions.stream().filter(RoutingDecision::isRouted).count();
    feedback.info("offer.resent", routed, decisions.size() - routed);
  }

  private List<DocumentId> selectedIds() {
    List<DocumentId> ids = new ArrayList<>();
    selected.forEach(
        (id, on) -> {
          if (Boolean.TRUE.equals(on)) {
            ids.add(new DocumentId(id));
          }
        });
    ids.sort((a, b) -> a.value().compareTo(b.value()));
    return ids;
  }

  public void nextPage() {
    paging.next();
    load();
  }

  public void previousPage() {
    paging.previous();
    load();
  }

  private DocumentFilter filter() {
    return new DocumentFilter(
        Outcome.STOPPED,
        reason == null || reason.isBlank() ? null : StopReason.valueOf(reason),
        query == null || query.isBlank() ? null : SearchPattern.parse(query, matchCase),
        customerNumber,
        day(receivedFrom, false, FROM_FIELD),
        day(receivedTo, true, TO_FIELD));
  }

  /** The start of a day (UTC), or of the next one for an upper bound, so that it is included. */
  private Instant day(String text, boolean upper, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      LocalDate day = LocalDate.parse(text.strip());
      return (upper ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      throw new BadDay(field, text);
    }
  }

  private static Map<Input, String> fields() {
    return Map.of(Input.SEARCH, QUERY_FIELD);
  }

  private void load() {
    loaded = true;
    failed = false;
    try {
      DocumentFilter filter = filter();
      Page<DocumentRecord> page = list(filter);
      if (page.items().isEmpty() && paging.isHasPrevious()) {
        paging.previous();
        page = list(filter);
      }
      paging.loaded(page);
      documents = page.items().stream().map(DocumentModel::of).toList();
      Map<StopReason, Long> byReason = listDocuments.countByReason(filter.withReason(null));
      List<ReasonCount> all = new ArrayList<>();
      for (StopReason each : StopReason.values()) {
        all.add(
            new ReasonCount(
                each.name(), byReason.getOrDefault(each, 0L), each.name().equals(reason)));
      }
      counts = all;
    } catch (BadDay e) {
      fail();
      feedback.error(e.field, "stopped.filter.badDay", e.text);
    } catch (DomainException e) {
      fail();
      feedback.report(e, fields());
    }
  }

  private void fail() {
    failed = true;
    documents = List.of();
    counts = List.of();
  }

  private Page<DocumentRecord> list(DocumentFilter filter) {
    return listDocuments.list(
        new ListDocumentsQuery(filter, DocumentSort.NEWEST_FIRST, paging.request()));
  }

  /** A date the user typed that is not one. */
  private static final class BadDay extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final String text;

    BadDay(String field, String text) {
      super(null, null, false, false);
      this.field = field;
      this.text = text;
    }
  }

  /** How many stopped documents of the filter have a reason, and whether it is the one shown. */
  public record ReasonCount(String reason, long count, boolean current) implements Serializable {
    public String getReason() {
      return reason;
    }

    public String getReasonKey() {
      return "reason." + reason;
    }

    public long getCount() {
      return count;
    }

    public boolean isCurrent() {
      return current;
    }
  }

  public List<DocumentModel> getDocuments() {
    return documents;
  }

  public List<ReasonCount> getCounts() {
    return counts;
  }

  /** Stopped documents of the filter whatever their reason. */
  public long getCountAll() {
    return counts.stream().mapToLong(ReasonCount::count).sum();
  }

  public Paging getPaging() {
    return paging;
  }

  /** Whether a filter narrows the list. */
  public boolean isFiltered() {
    return reason != null
        || (customerNumber != null && !customerNumber.isBlank())
        || (query != null && !query.isBlank())
        || (receivedFrom != null && !receivedFrom.isBlank())
        || (receivedTo != null && !receivedTo.isBlank());
  }

  public boolean isFailed() {
    return failed;
  }

  public Map<String, Boolean> getSelected() {
    return selected;
  }

  public BulkAction getPending() {
    return pending;
  }

  /** The bundle key of the confirmation asked for ({@code null}: none). */
  public String getPendingKey() {
    return pending == null ? null : "stopped.bulk.confirm." + pending.name();
  }

  public long getPendingCount() {
    return pendingCount;
  }

  public boolean isPendingDelete() {
    return pending == BulkAction.DELETE_SELECTED || pending == BulkAction.DELETE_MATCHING;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason == null || reason.isBlank() ? null : reason;
  }

  public String getCustomerNumber() {
    return customerNumber;
  }

  public void setCustomerNumber(String customerNumber) {
    this.customerNumber = customerNumber;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public boolean isMatchCase() {
    return matchCase;
  }

  public void setMatchCase(boolean matchCase) {
    this.matchCase = matchCase;
  }

  public String getReceivedFrom() {
    return receivedFrom;
  }

  public void setReceivedFrom(String receivedFrom) {
    this.receivedFrom = receivedFrom;
  }

  public String getReceivedTo() {
    return receivedTo;
  }

  public void setReceivedTo(String receivedTo) {
    this.receivedTo = receivedTo;
  }

  /** The reasons a filter can name. */
  public List<String> getReasons() {
    return java.util.Arrays.stream(StopReason.values()).map(StopReason::name).toList();
  }
}
