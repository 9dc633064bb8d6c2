package com.routebook.application.port.in.registry;

import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.out.RegistrySearch.ParticipantSummary;
import com.routebook.domain.search.SearchPattern;
import java.util.Objects;

/** Searches the public customer registry (any authenticated user). */
public interface SearchRegistryUseCase {

  /** A page of matching participants, as result rows, sorted by name then id. */
  Page<ParticipantSummary> search(SearchRegistryQuery query);

  /** The search box ({@code null}: everything) and the page. */
  record SearchRegistryQuery(SearchPattern pattern, PageRequest page) {
    public SearchRegistryQuery {
      Objects.requireNonNull(page, "page");
    }
  }
}
