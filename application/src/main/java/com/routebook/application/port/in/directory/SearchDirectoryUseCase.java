package com.routebook.application.port.in.directory;

import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.out.DirectorySearch.CustomerSummary;
import com.routebook.application.port.out.DirectorySearch.Sort;
import com.routebook.application.port.out.DirectorySearch.StateFilter;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.search.SearchPattern;
import java.util.Objects;

/** Searches the caller's customer directory (viewer). */
public interface SearchDirectoryUseCase {

  /** A page of matching customers, as result rows, in the query's order (by name then id). */
  Page<CustomerSummary> search(SearchDirectoryQuery query);

  /**
   * The search box ({@code null}: everything), an optional state filter, the order ({@code null}:
   * by name), the language names are ordered in ({@code null}: code point order) and the page.
   */
  record SearchDirectoryQuery(
      SearchPattern pattern, StateFilter state, Sort sort, String language, PageRequest page) {
    public SearchDirectoryQuery {
      Objects.requireNonNull(page, "page");
    }

    /** By name in code point order, filtered by a customer state ({@code null}: any). */
    public SearchDirectoryQuery(SearchPattern pattern, CustomerState state, PageRequest page) {
      this(pattern, StateFilter.of(state), null, null, page);
    }
  }
}
