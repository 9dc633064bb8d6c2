package com.routebook.application.fake;

import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.out.RegistrySearch;
import com.routebook.domain.search.SearchPattern;
import java.util.Comparator;
import java.util.List;

/**
 * Registry search over the in-memory registry (whatever it holds now), with the search semantics of
 * SPEC.md applied in memory; each search counts as one query.
 */
public class InMemoryRegistrySearch implements RegistrySearch {

  private static final Comparator<ParticipantSummary> BY_NAME_THEN_ID =
      Comparator.comparing(ParticipantSummary::name).thenComparing(p -> p.id().value());

  private final InMemoryParticipantRegistry registry;
  private int queries;

  public InMemoryRegistrySearch(InMemoryParticipantRegistry registry) {
    this.registry = registry;
  }

  @Override
  public synchronized Page<ParticipantSummary> search(SearchPattern pattern, PageRequest page) {
    queries++;
    List<ParticipantSummary> rows =
        registry.all().stream()
            .filter(p -> Matching.participantMatches(pattern, p, p.serviceProviders()))
            .map(ParticipantSummary::of)
            .sorted(BY_NAME_THEN_ID)
            .toList();
    return Page.of(rows, page);
  }

  /** How many searches were made so far. */
  public synchronized int queries() {
    return queries;
  }
}
