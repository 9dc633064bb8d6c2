package com.routebook.application.fake;

import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.out.DirectorySearch;
import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.search.SearchPattern;
import com.routebook.domain.tenant.TenantId;
import java.util.Comparator;
import java.util.List;

/**
 * Directory search over the in-memory directory and registry (whatever they hold now), with the
 * search semantics of SPEC.md applied in memory; each search counts as one query.
 */
public class InMemoryDirectorySearch implements DirectorySearch {

  private static final Comparator<CustomerSummary> BY_NAME_THEN_ID =
      Comparator.comparing(CustomerSummary::name).thenComparing(c -> c.id().value());

  private final InMemoryCustomerDirectory directory;
  private final InMemoryParticipantRegistry registry;
  private int queries;

  public InMemoryDirectorySearch(
      InMemoryCustomerDirectory directory, InMemoryParticipantRegistry registry) {
    this.directory = directory;
    this.registry = registry;
  }

  @Override
  public synchronized Page<CustomerSummary> search(
      TenantId tenantId, SearchPattern pattern, CustomerState state, PageRequest page) {
    queries++;
    List<CustomerSummary> rows =
        directory.all(tenantId).stream()
            .filter(c -> state == null || c.state() == state)
            .filter(c -> matches(pattern, c, participantOf(c)))
            .map(c -> CustomerSummary.of(c, participantOf(c)))
            .sorted(BY_NAME_THEN_ID)
            .toList();
    return Page.of(rows, page);
  }

  /** How many searches were made so far. */
  public synchronized int queries() {
    return queries;
  }

  private Participant participantOf(Customer customer) {
    return registry.all().stream()
        .filter(p -> p.id().equals(customer.participantId()))
        .findFirst()
        .orElseThrow();
  }

  private static boolean matches(
      SearchPattern pattern, Customer customer, Participant participant) {
    if (pattern == null) {
      return true;
    }
    return Matching.participantMatches(
            pattern, participant, List.of(customer.effectiveProvider(participant)))
        || customer.numbers().values().stream().anyMatch(n -> pattern.matches(n.value()));
  }
}
