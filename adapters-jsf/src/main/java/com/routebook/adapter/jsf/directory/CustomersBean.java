package com.routebook.adapter.jsf.directory;

import com.routebook.adapter.jsf.support.Downloads;
import com.routebook.adapter.jsf.support.Feedback;
import com.routebook.adapter.jsf.support.Paging;
import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.in.directory.SearchDirectoryUseCase;
import com.routebook.application.port.in.directory.SearchDirectoryUseCase.SearchDirectoryQuery;
import com.routebook.application.port.in.transfer.ExportDirectoryUseCase;
import com.routebook.application.port.in.transfer.ExportDirectoryUseCase.ExportQuery;
import com.routebook.application.port.out.DirectorySearch.CustomerSummary;
import com.routebook.application.port.out.DirectorySearch.Sort;
import com.routebook.application.port.out.DirectorySearch.StateFilter;
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
 * reference), a state filter and an order, a paged list of the matching customers, and an export of
 * that same list.
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
  private String state = "";
  private String sort = "name";
  private long needsAttention;
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

  /** Lists the customers that need attention (non existing, or their provider gone). */
  public void showNeedsAttention() {
    state = StateFilter.NEEDS_ATTENTION.name();
    search();
  }

  /**
   * Sorts by a column ({@code name}, {@code state}, {@code updatedAt}); the same column again turns
   * the order around.
   */
  public void sortBy(String column) {
    sort = sort.equals(column) ? "-" + column : column;
    search();
  }

  /** The arrow of a sorted column's header: up ascending, down descending, none otherwise. */
  public String arrow(String column) {
    if (sort.equals(column)) {
      return "\u25b2";
    }
    return sort.equals("-" + column) ? "\u25bc" : "";
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
      SearchPattern pattern = pattern();
      String language = feedback.language();
      Page<CustomerSummary> page =
          search.search(
              new SearchDirectoryQuery(
                  pattern, stateFilter(), order(), language, paging.request()));
      paging.loaded(page);
      needsAttention =
          search
              .search(
                  new SearchDirectoryQuery(
                      null, StateFilter.NEEDS_ATTENTION, null, language, new PageRequest(0, 1)))
              .total();
      results = page.items().stream().map(CustomerRowModel::of).toList();
      searchedFor = pattern == null ? "" : pattern.query().strip();
    } catch (DomainException e) {
      failed = true;
      results = List.of();
      feedback.report(e, Map.of(Input.SEARCH, QUERY_FIELD));
    }
  }

  /** The search box's pattern; {@code null} when it is empty (everything). */
  private SearchPattern pattern() {
    return query == null || query.isBlank() ? null : SearchPattern.parse(query, matchCase);
  }

  private StateFilter stateFilter() {
    return state == null || state.isBlank() ? null : StateFilter.valueOf(state);
  }

  private Sort order() {
    boolean descending = sort.startsWith("-");
    String column = descending ? sort.substring(1) : sort;
    Sort ascending =
        switch (column) {
          case "state" -> Sort.STATE;
          case "updatedAt" -> Sort.UPDATED_AT;
          default -> Sort.NAME;
        };
    return descending ? Sort.valueOf(ascending.name() + "_DESC") : ascending;
  }

  /**
   * Downloads, as CSV or XLSX, the customers the screen lists for its search box (all when empty),
   * state filter and order, in that order, names in the user's language: every page of them.
   */
  public void export(String format) {
    try {
      FileFormat fileFormat = FileFormat.valueOf(format);
      Downloads.send(
          exportDirectory.export(
              new ExportQuery(pattern(), stateFilter(), order(), feedback.language(), fileFormat)),
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

  /** The state filter: empty for all, else a {@link StateFilter} name. */
  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state =
        state == null
                || java.util.Arrays.stream(StateFilter.values())
                    .noneMatch(f -> f.name().equals(state))
            ? ""
            : state;
  }

  /** The order: {@code name}, {@code -name}, {@code state}, ... ({@code -} descending). */
  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort =
        java.util.List.of("name", "-name", "state", "-state", "updatedAt", "-updatedAt")
                .contains(sort)
            ? sort
            : "name";
  }

  public int getPageSize() {
    return paging.getSize();
  }

  public void setPageSize(int pageSize) {
    if (pageSize != paging.getSize() && pageSize >= 1 && pageSize <= PageRequest.MAX_SIZE) {
      paging.resize(pageSize);
    }
  }

  /** How many customers of the directory need attention. */
  public long getNeedsAttention() {
    return needsAttention;
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
