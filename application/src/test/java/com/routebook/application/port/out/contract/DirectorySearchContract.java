package com.routebook.application.port.out.contract;

import static com.routebook.application.fixture.CustomerFixture.aCustomer;
import static com.routebook.application.fixture.ParticipantFixture.aParticipant;
import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.application.fixture.ValidIdentifiers;
import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.out.CustomerDirectory;
import com.routebook.application.port.out.DirectorySearch;
import com.routebook.application.port.out.DirectorySearch.CustomerSummary;
import com.routebook.application.port.out.ParticipantRegistry;
import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.customer.CustomerNumbers;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.identifier.IdentifierScheme;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.search.SearchPattern;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link DirectorySearch}: SPEC.md's search over one tenant's directory, as result
 * rows, one query per page. The store is written through the write side's ports; each test starts
 * from an empty store.
 */
public abstract class DirectorySearchContract extends DirectoryReadContract {

  protected DirectorySearch search;

  /** The read side under test, over the same store. */
  protected abstract DirectorySearch newSearch(
      ParticipantRegistry registry, CustomerDirectory directory);

  /** How many queries the read side has sent to its store so far. */
  protected abstract int queries();

  @BeforeEach
  void createSearch() {
    search = newSearch(registry, directory);
  }

  private Page<CustomerSummary> find(String query, boolean caseSensitive) {
    return search.search(
        tenantA, SearchPattern.parse(query, caseSensitive), null, new PageRequest(0, 50));
  }

  private List<String> names(String query, boolean caseSensitive) {
    return names(find(query, caseSensitive));
  }

  private static List<String> names(Page<CustomerSummary> page) {
    return page.items().stream().map(CustomerSummary::name).toList();
  }

  @Test
  void a_row_shows_the_participant_the_numbers_in_order_the_provider_and_the_state() {
    String org = ValidIdentifiers.nextSwedishOrganizationNumber();
    Participant acme =
        registered(
            aParticipant()
                .named("Acme Paper AB")
                .withoutIdentifiers()
                .withIdentifier(IdentifierScheme.GLN, ValidIdentifiers.gln(4711))
                .withIdentifier(IdentifierScheme.ORGANIZATION_NUMBER, org)
                .withIdentifier(IdentifierScheme.VAT, "SE" + org + "01")
                .withProviders(pagero, crediflow)
                .deactivated());
    Customer stored =
        directory.add(
            tenantA,
            aCustomer()
                .inTenant(tenantA)
                .of(acme)
                .withNumbers("Z-9", "A-1", "M-5")
                .withProvider(crediflow.id())
                .inactive()
                .build());

    Page<CustomerSummary> page = search.search(tenantA, null, null, PageRequest.first());

    assertThat(page.items())
        .containsExactly(
            new CustomerSummary(
                stored.id(),
                "Acme Paper AB",
                acme.id(),
                acme.eAddressText(),
                org,
                "SE" + org + "01",
                List.of("Z-9", "A-1", "M-5"),
                crediflow,
                CustomerState.INACTIVE,
                true,
                1));
    assertThat(page.total()).isEqualTo(1);
  }

  @Test
  void a_participant_without_organization_or_vat_number_shows_none_and_an_active_one_no_label() {
    Participant plain = registered(aParticipant().named("Plain AB").withoutIdentifiers());
    customerOf(tenantA, plain, "P-1");

    CustomerSummary row = find("Plain AB", true).items().get(0);

    assertThat(row.organizationNumber()).isNull();
    assertThat(row.vatNumber()).isNull();
    assertThat(row.nonExisting()).isFalse();
    assertThat(row.state()).isEqualTo(CustomerState.ACTIVE);
    assertThat(row.serviceProvider()).isEqualTo(plain.defaultProvider());
  }

  @Test
  void search_matches_name_identifier_e_address_provider_and_customer_number() {
    Participant acme =
        registered(
            aParticipant()
                .named("Acme Paper AB")
                .withoutIdentifiers()
                .withIdentifier(
                    IdentifierScheme.ORGANIZATION_NUMBER,
                    ValidIdentifiers.swedishOrganizationNumber(7654321))
                .withProviders(pagero, crediflow));
    Participant nordic = named("Nordic Parts AS", crediflow);
    Participant partille = named("Partille Bygg AB", pagero);
    customerOf(tenantA, acme, "ACME-100");
    customerOf(tenantA, nordic, "NP-7");
    customerOf(tenantA, partille, "PB-1");
    String acmeNumber = acme.identifier(IdentifierScheme.ORGANIZATION_NUMBER).orElseThrow().value();

    assertThat(names("*Part*", true)).containsExactly("Nordic Parts AS", "Partille Bygg AB");
    assertThat(names("*part*", true)).isEmpty();
    assertThat(names("*part*", false)).containsExactly("Nordic Parts AS", "Partille Bygg AB");
    assertThat(names("Acme*", true)).containsExactly("Acme Paper AB");
    assertThat(names("Acme", true)).isEmpty();
    assertThat(names("Acme Paper AB", true)).containsExactly("Acme Paper AB");
    assertThat(names("acme paper ab", false)).containsExactly("Acme Paper AB");
    assertThat(names("*765432-1*", true)).containsExactly("Acme Paper AB");
    assertThat(names(acmeNumber, true)).containsExactly("Acme Paper AB");
    assertThat(names(acmeNumber.substring(0, 6) + "-" + acmeNumber.substring(6), true))
        .containsExactly("Acme Paper AB");
    assertThat(names(nordic.eAddressText(), true)).containsExactly("Nordic Parts AS");
    assertThat(names(nordic.eAddressText().toLowerCase(), true)).containsExactly("Nordic Parts AS");
    assertThat(names("Crediflow", true)).containsExactly("Nordic Parts AS");
    assertThat(names("crediflow", false)).containsExactly("Nordic Parts AS");
    assertThat(names("Credi*", true)).containsExactly("Nordic Parts AS");
    assertThat(names("Pagero", true)).containsExactly("Acme Paper AB", "Partille Bygg AB");
    assertThat(names("NP-7", true)).containsExactly("Nordic Parts AS");
    assertThat(names("PB-*", true)).containsExactly("Partille Bygg AB");
    assertThat(names("*ME-100", true)).containsExactly("Acme Paper AB");
    assertThat(names("Nothing like it", true)).isEmpty();
  }

  @Test
  void customer_numbers_compare_case_sensitively_unless_asked_otherwise() {
    customerOf(tenantA, named("Nordic Parts AS", crediflow), "NP-7");

    assertThat(names("np-7", true)).isEmpty();
    assertThat(names("np-7", false)).containsExactly("Nordic Parts AS");
    assertThat(names("np-*", true)).isEmpty();
    assertThat(names("np-*", false)).containsExactly("Nordic Parts AS");
  }

  @Test
  void like_wildcards_and_the_escape_in_the_query_are_plain_characters() {
    customerOf(tenantA, named("Acme Paper AB", pagero), "A_1");
    customerOf(tenantA, named("Nordic Parts AS", pagero), "AB1");
    customerOf(tenantA, named("100% Print AB", pagero), "X-1");
    customerOf(tenantA, named("1000 Prints AB", pagero), "X-2");
    customerOf(tenantA, named("Back\\Slash AB", pagero), "X-3");
    customerOf(tenantA, named("Star*Media AB", pagero), "X-4");
    customerOf(tenantA, named("Stardust Media AB", pagero), "X-5");

    assertThat(names("A_1", true)).containsExactly("Acme Paper AB");
    assertThat(names("A_*", true)).containsExactly("Acme Paper AB");
    assertThat(names("100%*", true)).containsExactly("100% Print AB");
    assertThat(names("Back\\\\Slash*", true)).containsExactly("Back\\Slash AB");
    assertThat(names("Star\\**", true)).containsExactly("Star*Media AB");
  }

  @Test
  void a_provider_the_participant_dropped_no_longer_finds_the_customer_its_default_does() {
    Participant acme = named("Acme Paper AB", pagero, crediflow);
    Customer stored =
        directory.add(
            tenantA,
            aCustomer()
                .inTenant(tenantA)
                .of(acme)
                .withNumbers("A-1")
                .withProvider(crediflow.id())
                .build());
    assertThat(names("Crediflow", true)).containsExactly("Acme Paper AB");
    assertThat(names("Pagero", true)).isEmpty();

    Participant dropped = registry.findById(acme.id()).orElseThrow();
    dropped.update(
        dropped.name(), "SE", dropped.eAddress(), dropped.identifiers(), List.of(pagero), null);
    registry.update(dropped);

    assertThat(names("Crediflow", true)).isEmpty();
    assertThat(find("Pagero", true).items())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.id()).isEqualTo(stored.id());
              assertThat(row.serviceProvider()).isEqualTo(pagero);
            });
  }

  @Test
  void the_state_filters_and_pages_are_sorted_by_name_then_id_with_the_total() {
    Customer partille = customerOf(tenantA, named("Partille Bygg AB", pagero), "PB-1");
    Customer nordic = customerOf(tenantA, named("Nordic Parts AS", pagero), "NP-7");
    Customer acme =
        directory.add(
            tenantA,
            aCustomer().inTenant(tenantA).of(named("Acme Paper AB", pagero)).inactive().build());
    Customer same1 = customerOf(tenantA, named("Same Name AB", pagero), "S-1");
    Customer same2 = customerOf(tenantA, named("Same Name AB", pagero), "S-2");
    List<CustomerId> sameOrder =
        same1.id().value().compareTo(same2.id().value()) < 0
            ? List.of(same1.id(), same2.id())
            : List.of(same2.id(), same1.id());

    Page<CustomerSummary> first = search.search(tenantA, null, null, new PageRequest(0, 2));
    Page<CustomerSummary> second = search.search(tenantA, null, null, new PageRequest(1, 2));
    Page<CustomerSummary> third = search.search(tenantA, null, null, new PageRequest(2, 2));
    Page<CustomerSummary> beyond = search.search(tenantA, null, null, new PageRequest(9, 2));
    Page<CustomerSummary> active =
        search.search(tenantA, null, CustomerState.ACTIVE, new PageRequest(0, 10));
    Page<CustomerSummary> inactive =
        search.search(
            tenantA,
            SearchPattern.parse("* AB", true),
            CustomerState.INACTIVE,
            new PageRequest(0, 10));
    Page<CustomerSummary> same =
        search.search(
            tenantA, SearchPattern.parse("Same Name AB", true), null, new PageRequest(0, 10));

    assertThat(ids(first)).containsExactly(acme.id(), nordic.id());
    assertThat(first.total()).isEqualTo(5);
    assertThat(first.page()).isZero();
    assertThat(first.size()).isEqualTo(2);
    assertThat(ids(second)).containsExactly(partille.id(), sameOrder.get(0));
    assertThat(second.page()).isEqualTo(1);
    assertThat(ids(third)).containsExactly(sameOrder.get(1));
    assertThat(third.total()).isEqualTo(5);
    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.total()).isEqualTo(5);
    assertThat(names(active))
        .containsExactly("Nordic Parts AS", "Partille Bygg AB", "Same Name AB", "Same Name AB");
    assertThat(active.total()).isEqualTo(4);
    assertThat(ids(inactive)).containsExactly(acme.id());
    assertThat(inactive.total()).isEqualTo(1);
    assertThat(ids(same)).containsExactlyElementsOf(sameOrder);
  }

  @Test
  void names_sort_by_code_point_and_a_search_without_match_is_an_empty_page() {
    customerOf(tenantA, named("beta lowercase AB", pagero), "B-1");
    customerOf(tenantA, named("Zeta AB", pagero), "Z-1");
    customerOf(tenantA, named("Alfa AB", pagero), "A-1");
    customerOf(tenantA, named("\u00c5land Trading Ab", pagero), "AA-1");

    assertThat(names(search.search(tenantA, null, null, PageRequest.first())))
        .containsExactly("Alfa AB", "Zeta AB", "beta lowercase AB", "\u00c5land Trading Ab");
    assertThat(names("\u00e5land*", false)).containsExactly("\u00c5land Trading Ab");
    assertThat(names("\u00e5land*", true)).isEmpty();
    Page<CustomerSummary> none = find("*nothing at all*", false);
    assertThat(none.items()).isEmpty();
    assertThat(none.total()).isZero();
  }

  private List<String> listed(
      DirectorySearch.StateFilter state, DirectorySearch.Sort sort, String language) {
    return names(
        search.search(
            tenantA, new DirectorySearch.Query(null, state, sort, language, PageRequest.first())));
  }

  @Test
  void names_sort_by_the_language_asked_for_case_ignored_swedish_a_ring_after_z() {
    customerOf(tenantA, named("\u00d6stra AB", pagero), "O-1");
    customerOf(tenantA, named("Zeta AB", pagero), "Z-1");
    customerOf(tenantA, named("Stra\u00dfe AB", pagero), "SS-1");
    customerOf(tenantA, named("\u00c4rla AB", pagero), "AE-1");
    customerOf(tenantA, named("Beta AB", pagero), "B-1");
    customerOf(tenantA, named("Strazza AB", pagero), "SZ-1");
    customerOf(tenantA, named("\u00c5by AB", pagero), "AA-1");
    customerOf(tenantA, named("alfa AB", pagero), "A-1");

    // ß is "ss" in both languages (before "sz"), not a letter after z as by code point
    assertThat(listed(null, null, "sv"))
        .containsExactly(
            "alfa AB",
            "Beta AB",
            "Stra\u00dfe AB",
            "Strazza AB",
            "Zeta AB",
            "\u00c5by AB",
            "\u00c4rla AB",
            "\u00d6stra AB");
    assertThat(listed(null, DirectorySearch.Sort.NAME_DESC, "sv"))
        .containsExactly(
            "\u00d6stra AB",
            "\u00c4rla AB",
            "\u00c5by AB",
            "Zeta AB",
            "Strazza AB",
            "Stra\u00dfe AB",
            "Beta AB",
            "alfa AB");
    assertThat(listed(null, null, "en"))
        .containsExactly(
            "\u00c5by AB",
            "alfa AB",
            "\u00c4rla AB",
            "Beta AB",
            "\u00d6stra AB",
            "Stra\u00dfe AB",
            "Strazza AB",
            "Zeta AB");
    assertThat(listed(null, null, "sv-SE")).isEqualTo(listed(null, null, "sv"));
  }

  @Test
  void non_existing_and_needs_attention_filter_by_the_participant_and_the_provider_offered() {
    Participant gone =
        registered(aParticipant().named("Gone AB").withProviders(pagero).deactivated());
    Participant moved = named("Moved Provider AB", pagero, crediflow);
    Participant fine = named("Fine AB", pagero, crediflow);
    customerOf(tenantA, gone, "G-1");
    customerChoosing(moved, crediflow, "M-1");
    directory.add(
        tenantA,
        aCustomer()
            .inTenant(tenantA)
            .of(fine)
            .withNumbers("F-1")
            .withProvider(crediflow.id())
            .inactive()
            .build());
    offersOnly(moved, pagero);

    assertThat(listed(DirectorySearch.StateFilter.NON_EXISTING, null, null))
        .containsExactly("Gone AB");
    assertThat(listed(DirectorySearch.StateFilter.NEEDS_ATTENTION, null, null))
        .containsExactly("Gone AB", "Moved Provider AB");
    assertThat(listed(DirectorySearch.StateFilter.INACTIVE, null, null)).containsExactly("Fine AB");
    assertThat(listed(DirectorySearch.StateFilter.ACTIVE, null, null))
        .containsExactly("Gone AB", "Moved Provider AB");
    Page<CustomerSummary> found =
        search.search(
            tenantA,
            new DirectorySearch.Query(
                SearchPattern.parse("M*", true),
                DirectorySearch.StateFilter.NEEDS_ATTENTION,
                null,
                null,
                PageRequest.first()));
    assertThat(names(found)).containsExactly("Moved Provider AB");
    assertThat(found.total()).isEqualTo(1);
  }

  @Test
  void lists_sort_by_state_or_by_the_last_change_either_way_then_by_name() {
    Customer beta = customerOf(tenantA, named("Beta AB", pagero), "B-1");
    customerOf(tenantA, named("Alfa AB", pagero), "A-1");
    Customer gamma = customerOf(tenantA, named("Gamma AB", pagero), "C-1");
    gamma.deactivate(STAMP);
    directory.update(tenantA, gamma);
    beta.replaceNumbers(CustomerNumbers.of("B-2"), STAMP);
    directory.update(tenantA, beta);

    assertThat(listed(null, DirectorySearch.Sort.STATE, null))
        .containsExactly("Alfa AB", "Beta AB", "Gamma AB");
    assertThat(listed(null, DirectorySearch.Sort.STATE_DESC, null))
        .containsExactly("Gamma AB", "Alfa AB", "Beta AB");
    assertThat(listed(null, DirectorySearch.Sort.UPDATED_AT, null))
        .containsExactly("Alfa AB", "Gamma AB", "Beta AB");
    assertThat(listed(null, DirectorySearch.Sort.UPDATED_AT_DESC, null))
        .containsExactly("Beta AB", "Gamma AB", "Alfa AB");
  }

  @Test
  void another_tenants_customers_never_show() {
    Participant shared = named("Shared Participant AB", pagero);
    Participant theirs = named("Their Own AB", crediflow);
    Customer mine = customerOf(tenantA, shared, "SAME-1");
    customerOf(tenantB, shared, "SAME-1", "THEIRS-2");
    customerOf(tenantB, theirs, "THEIRS-3");

    assertThat(ids(search.search(tenantA, null, null, PageRequest.first())))
        .containsExactly(mine.id());
    assertThat(ids(find("SAME-1", true))).containsExactly(mine.id());
    assertThat(find("SAME-1", true).items().get(0).customerNumbers()).containsExactly("SAME-1");
    assertThat(find("THEIRS-*", true).items()).isEmpty();
    assertThat(find("Their Own AB", true).items()).isEmpty();
    assertThat(find("Crediflow", true).items()).isEmpty();
    assertThat(find("*Participant*", true).total()).isEqualTo(1);
  }

  @Test
  void a_page_is_one_query_whatever_its_size() {
    for (int i = 0; i < 30; i++) {
      customerOf(tenantA, named("Many " + (100 + i) + " AB", pagero), "M-" + i, "N-" + i);
    }
    int before = queries();

    Page<CustomerSummary> page = find("Many*", true);
    int afterOne = queries();
    Page<CustomerSummary> all = search.search(tenantA, null, null, new PageRequest(0, 100));

    assertThat(afterOne - before).isEqualTo(1);
    assertThat(queries() - afterOne).isEqualTo(1);
    assertThat(page.items()).hasSize(30);
    assertThat(page.items().get(29).customerNumbers()).containsExactly("M-29", "N-29");
    assertThat(all.total()).isEqualTo(30);
  }

  @Test
  void a_row_follows_changes_to_the_customer() {
    Customer stored = customerOf(tenantA, named("Acme Paper AB", pagero), "A-1");
    Customer changed = directory.findById(tenantA, stored.id()).orElseThrow();
    changed.replaceNumbers(CustomerNumbers.of(List.of("B-2", "A-1")), STAMP);
    changed.deactivate(STAMP);
    directory.update(tenantA, changed);

    CustomerSummary row = find("B-2", true).items().get(0);

    assertThat(row.customerNumbers()).containsExactly("B-2", "A-1");
    assertThat(row.state()).isEqualTo(CustomerState.INACTIVE);
    assertThat(row.version()).isEqualTo(2);
  }

  private static List<CustomerId> ids(Page<CustomerSummary> page) {
    return page.items().stream().map(CustomerSummary::id).toList();
  }

  @Test
  void a_lone_wildcard_lists_every_customer_of_the_tenant_paged() {
    customerOf(tenantA, named("Zeta AB", pagero), "Z-1");
    customerOf(tenantA, named("Alfa AB", crediflow), "A-1");
    directory.add(
        tenantA,
        aCustomer()
            .inTenant(tenantA)
            .of(named("Mid AB", pagero))
            .withNumbers("M-1")
            .inactive()
            .build());
    customerOf(tenantB, named("Theirs AB", pagero), "T-1");

    Page<CustomerSummary> first =
        search.search(tenantA, SearchPattern.parse("*", true), null, new PageRequest(0, 2));
    Page<CustomerSummary> second =
        search.search(tenantA, SearchPattern.parse("**", false), null, new PageRequest(1, 2));

    assertThat(names(first)).containsExactly("Alfa AB", "Mid AB");
    assertThat(first.total()).isEqualTo(3);
    assertThat(names(second)).containsExactly("Zeta AB");
    assertThat(
            names(
                search.search(
                    tenantA,
                    SearchPattern.parse("*", true),
                    CustomerState.INACTIVE,
                    PageRequest.first())))
        .containsExactly("Mid AB");
  }

  @Test
  void a_contains_search_shorter_than_three_characters_finds_every_kind_of_field() {
    Participant acme =
        registered(
            aParticipant()
                .named("Acme Paper AB")
                .withoutIdentifiers()
                .withIdentifier(
                    IdentifierScheme.ORGANIZATION_NUMBER,
                    ValidIdentifiers.swedishOrganizationNumber(7654321))
                .withProviders(pagero, crediflow));
    Participant nordic = named("Nordic Parts AS", crediflow);
    Participant partille = named("Partille Bygg AB", pagero);
    customerOf(tenantA, acme, "ACME-100");
    customerOf(tenantA, nordic, "NP-7");
    customerOf(tenantA, partille, "PB-1");
    customerOf(tenantB, named("Other Parts AB", pagero), "QZ-1");
    String acmeNumber = acme.identifier(IdentifierScheme.ORGANIZATION_NUMBER).orElseThrow().value();

    assertThat(names("*rt*", true)).containsExactly("Nordic Parts AS", "Partille Bygg AB");
    assertThat(names("*RT*", true)).isEmpty();
    assertThat(names("*RT*", false)).containsExactly("Nordic Parts AS", "Partille Bygg AB");
    assertThat(names("*P-*", true)).containsExactly("Nordic Parts AS");
    assertThat(names("*B-*", true)).containsExactly("Partille Bygg AB");
    assertThat(names("*ed*", true)).containsExactly("Nordic Parts AS");
    assertThat(names("*ag*", true)).containsExactly("Acme Paper AB", "Partille Bygg AB");
    assertThat(names("*" + acmeNumber.substring(3, 5) + "*", true)).contains("Acme Paper AB");
    assertThat(names("*QZ*", true)).isEmpty();
    assertThat(names("*qx*", false)).isEmpty();
    assertThat(find("*a*", false).total()).isEqualTo(3);
  }
}
