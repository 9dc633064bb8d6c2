package com.routebook.application.port.in.directory;

import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.out.DirectorySearch.CustomerSummary;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.search.SearchPattern;
import java.util.Objects;

/** Searches the caller's customer directory (viewer). */
public interface SearchDirectoryUseCase {

  /** A page of matching customers, as result rows, sorted by name then id. */
  Page<CustomerSummary> search(SearchDirectoryQuery query);

  /** The search box ({@code null}: everything), an optional state filter, and the page. */
  record SearchDirectoryQuery(SearchPattern pattern, CustomerState state, PageRequest page) {
    public SearchDirectoryQuery {
      Objects.requireNonNull(page, "page");
    }
  }
}
