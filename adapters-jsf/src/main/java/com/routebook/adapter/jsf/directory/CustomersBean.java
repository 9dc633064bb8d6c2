package com.routebook.adapter.jsf.directory;

import com.routebook.adapter.jsf.support.Downloads;
import com.routebook.adapter.jsf.support.Feedback;
import com.routebook.adapter.jsf.support.Paging;
import com.routebook.application.port.Page;
import com.routebook.application.port.in.directory.SearchDirectoryUseCase;
import com.routebook.application.port.in.directory.SearchDirectoryUseCase.SearchDirectoryQuery;
import com.routebook.application.port.in.transfer.ExportDirectoryUseCase;
import com.routebook.application.port.in.transfer.ExportDirectoryUseCase.ExportQuery;
import com.routebook.application.port.out.DirectorySearch.CustomerSummary;
import com.routebook.application.port.out.TransferFiles.FileFormat;
import com.routebook.domain.DomainException;
import com.routebook.domain.Input;
import com.routebook.domain.search.SearchPattern;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * My Customers: one search box ({@code *} wildcards, "Match case" on by default, as in the
 * reference) and a paged list of matching customers sorted by name.
 */
@Named("customers")
@ViewScoped
public class CustomersBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Customers per page. */
  public static final int PAGE_SIZE = 20;

  /** The client id of the search box, for messages beside it. */
  static final String QUERY_FIELD = "search:query";

  private SearchDirectoryUseCase search;
  private Feedback feedback;
  @Inject private ExportDirectoryUseCase exportDirectory;

  private String query;
  private boolean matchCase = true;
  private String searchedFor;
  private final Paging paging = new Paging(PAGE_SIZE);
  private List<CustomerRowModel> results = List.of();
  private boolean failed;

  /** For the CDI proxy only. */
  protected CustomersBean() {}

  @Inject
  public CustomersBean(SearchDirectoryUseCase search, Feedback feedback) {
    this.search = search;
    this.feedback = feedback;
  }

  /** Shows the first page of the whole directory when the page opens. */
  public void open() {
    if (searchedFor == null && !failed) {
      load();
    }
  }

  /** Runs the search box's query from the first page. */
  public void search() {
    paging.first();
    load();
  }

  /** Clears the search and lists everything again. */
  public void clear() {
    query = null;
    search();
  }

  public void nextPage() {
    paging.next();
    load();
  }

  public void previousPage() {
    paging.previous();
    load();
  }

  private void load() {
    failed = false;
    try {
      SearchPattern pattern =
          query == null || query.isBlank() ? null : SearchPattern.parse(query, matchCase);
      Page<CustomerSummary> page =
          search.search(new SearchDirectoryQuery(pattern, null, paging.request()));
      paging.loaded(page);
      results = page.items().stream().map(CustomerRowModel::of).toList();
      searchedFor = pattern == null ? "" : pattern.query().strip();
    } catch (DomainException e) {
      failed = true;
      results = List.of();
      feedback.report(e, Map.of(Input.SEARCH, QUERY_FIELD));
    }
  }

  /** Downloads the customers the search box finds (all when empty) as CSV or XLSX. */
  public void export(String format) {
    try {
      SearchPattern pattern =
          query == null || query.isBlank() ? null : SearchPattern.parse(query, matchCase);
      FileFormat fileFormat = FileFormat.valueOf(format);
      Downloads.send(
          exportDirectory.export(new ExportQuery(pattern, null, fileFormat)),
          fileFormat,
          "customers");
    } catch (DomainException e) {
      feedback.report(e, Map.of(Input.SEARCH, QUERY_FIELD));
    }
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

  public List<CustomerRowModel> getResults() {
    return results;
  }

  public Paging getPaging() {
    return paging;
  }

  /** The query the results are for; empty for the whole directory. */
  public String getSearchedFor() {
    return searchedFor;
  }

  /** Nothing was found (and the search itself did not fail). */
  public boolean isNothingFound() {
    return !failed && results.isEmpty() && searchedFor != null;
  }

  /** The directory has no customer at all. */
  public boolean isDirectoryEmpty() {
    return isNothingFound() && searchedFor.isEmpty();
  }
}
