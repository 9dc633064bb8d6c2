package com.routebook.application.fake;

import com.routebook.application.port.Page;
import com.routebook.application.port.out.DirectorySearch;
import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.search.SearchPattern;
import com.routebook.domain.tenant.TenantId;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Directory search over the in-memory directory and registry (whatever they hold now), with the
 * search semantics of SPEC.md applied in memory; each search counts as one query.
 */
public class InMemoryDirectorySearch implements DirectorySearch {

  private final InMemoryCustomerDirectory directory;
  private final InMemoryParticipantRegistry registry;
  private int queries;

  public InMemoryDirectorySearch(
      InMemoryCustomerDirectory directory, InMemoryParticipantRegistry registry) {
    this.directory = directory;
    this.registry = registry;
  }

  @Override
  public synchronized Page<CustomerSummary> search(TenantId tenantId, Query query) {
    queries++;
    SearchPattern pattern = query.pattern();
    List<CustomerSummary> rows =
        directory.all(tenantId).stream()
            .filter(c -> shows(query.state(), c, participantOf(c)))
            .filter(c -> matches(pattern, c, participantOf(c)))
            .sorted(order(query))
            .map(c -> CustomerSummary.of(c, participantOf(c)))
            .toList();
    return Page.of(rows, query.page());
  }

  private Comparator<Customer> order(Query query) {
    Comparator<Customer> byName = byName(query.language());
    Comparator<Customer> first =
        switch (query.sort()) {
          case NAME, NAME_DESC -> byName;
          case STATE, STATE_DESC -> Comparator.comparing(Customer::state);
          case UPDATED_AT, UPDATED_AT_DESC ->
              Comparator.comparingLong(c -> directory.savedAt(c.id()));
        };
    if (query.sort().descending()) {
      first = first.reversed();
    }
    return first
        .thenComparing(byName)
        .thenComparing(c -> participantOf(c).name())
        .thenComparing(c -> c.id().value());
  }

  /** Names in code point order, or by the language's alphabet ignoring case first. */
  private Comparator<Customer> byName(String language) {
    if (language == null) {
      return Comparator.comparing(c -> participantOf(c).name());
    }
    Collator collator = Collator.getInstance(Locale.forLanguageTag(language));
    collator.setStrength(Collator.SECONDARY);
    return Comparator.comparing(c -> participantOf(c).name(), collator);
  }

  private static boolean shows(StateFilter filter, Customer customer, Participant participant) {
    if (filter == null) {
      return true;
    }
    return switch (filter) {
      case ACTIVE -> customer.state() == CustomerState.ACTIVE;
      case INACTIVE -> customer.state() == CustomerState.INACTIVE;
      case NON_EXISTING -> participant.status().nonExisting();
      case NEEDS_ATTENTION ->
          participant.status().nonExisting() || customer.providerUnavailable(participant);
    };
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
