package com.routebook.application.port.out.contract;

import static com.routebook.application.fixture.ParticipantFixture.aParticipant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.routebook.application.fixture.ValidIdentifiers;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.out.CustomerDirectory;
import com.routebook.application.port.out.DirectoryExport;
import com.routebook.application.port.out.DirectoryExport.ExportRow;
import com.routebook.application.port.out.DirectoryExport.Selection;
import com.routebook.application.port.out.DirectorySearch;
import com.routebook.application.port.out.DirectorySearch.CustomerSummary;
import com.routebook.application.port.out.DirectorySearch.Sort;
import com.routebook.application.port.out.DirectorySearch.StateFilter;
import com.routebook.application.port.out.ParticipantRegistry;
import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerNumbers;
import com.routebook.domain.identifier.IdentifierScheme;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.search.SearchPattern;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link DirectoryExport}: for every search, state filter, order and language the
 * export hands over exactly the rows {@link DirectorySearch} lists, in the same order, with the
 * same values, and only the tenant's. The store is written through the write side's ports; each
 * test starts from an empty store.
 */
public abstract class DirectoryExportContract extends DirectoryReadContract {

  /** The searches every combination is tried with ({@code null}: no search box). */
  private static final List<SearchPattern> PATTERNS =
      Arrays.asList(
          null,
          SearchPattern.parse("*", true),
          SearchPattern.parse("*ab*", false),
          SearchPattern.parse("*A*", true),
          SearchPattern.parse("M-*", true));

  /** The languages names are ordered in ({@code null}: code point order). */
  private static final List<String> LANGUAGES = Arrays.asList(null, "sv", "en");

  protected DirectorySearch search;
  protected DirectoryExport export;

  /** The search the export must agree with, over the same store. */
  protected abstract DirectorySearch newSearch(
      ParticipantRegistry registry, CustomerDirectory directory);

  /** The export under test, over the same store. */
  protected abstract DirectoryExport newExport(
      ParticipantRegistry registry, CustomerDirectory directory, DirectorySearch search);

  @BeforeEach
  void createSearchAndExport() {
    search = newSearch(registry, directory);
    export = newExport(registry, directory, search);
  }

  /**
   * A directory with every case an order or filter tells apart: names in both cases, Swedish
   * letters and a name twice; active and inactive customers; a deactivated participant and a chosen
   * provider the participant no longer offers; changes at different times; and a customer of
   * another tenant.
   */
  private String firstOrg;

  private void aVariedDirectory() {
    customerOf(tenantA, named("Alfa AB", pagero), "A-1");
    customerOf(tenantA, named("beta AB", pagero), "B-1");
    Customer zeta = customerOf(tenantA, named("Zeta AB", pagero), "Z-1", "Z-2");
    firstOrg = ValidIdentifiers.nextSwedishOrganizationNumber();
    String secondOrg = ValidIdentifiers.nextSwedishOrganizationNumber();
    customerOf(
        tenantA,
        registered(
            aParticipant()
                .named("Many Ids AB")
                .withoutIdentifiers()
                .withIdentifier(IdentifierScheme.VAT, "SE" + secondOrg + "01")
                .withIdentifier(IdentifierScheme.ORGANIZATION_NUMBER, secondOrg)
                .withIdentifier(IdentifierScheme.VAT, "SE" + firstOrg + "01")
                .withIdentifier(IdentifierScheme.ORGANIZATION_NUMBER, firstOrg)
                .withProviders(pagero)),
        "MI-3",
        "MI-1",
        "MI-2");
    customerOf(tenantA, named("\u00c5ke AB", pagero), "AA-1");
    Customer aerla = customerOf(tenantA, named("\u00c4rla AB", pagero), "AE-1");
    customerOf(tenantA, named("\u00d6rjan Ab", pagero), "OE-1");
    customerOf(tenantA, named("Twin AB", pagero), "T-1");
    customerOf(tenantA, named("Twin AB", pagero), "T-2");
    customerOf(
        tenantA,
        registered(aParticipant().named("Gone AB").withProviders(pagero).deactivated()),
        "G-1");
    Participant moved = named("Moved Provider AB", pagero, crediflow);
    customerChoosing(moved, crediflow, "M-1");
    offersOnly(moved, pagero);
    Customer idle = customerChoosing(named("Idle AB", pagero, crediflow), crediflow, "I-1");
    idle.deactivate(STAMP);
    directory.update(tenantA, idle);
    zeta.deactivate(STAMP);
    directory.update(tenantA, zeta);
    aerla.replaceNumbers(CustomerNumbers.of("AE-2", "AE-1"), STAMP);
    directory.update(tenantA, aerla);
    customerOf(tenantB, named("Another Tenant's AB", pagero), "A-1");
  }

  private List<ExportRow> exported(Selection selection) {
    List<ExportRow> rows = new ArrayList<>();
    export.forEach(tenantA, selection, rows::add);
    return rows;
  }

  private List<CustomerSummary> searched(Selection selection) {
    return search.search(tenantA, selection.page(new PageRequest(0, PageRequest.MAX_SIZE))).items();
  }

  /** What an export row and a search row both show, as text. */
  private static List<String> shown(ExportRow row) {
    return List.of(
        row.customerId(),
        row.name(),
        row.participantId(),
        String.valueOf(row.eAddress()),
        String.valueOf(row.organizationNumber()),
        String.valueOf(row.vatNumber()),
        String.join(",", row.customerNumbers()),
        row.state().name());
  }

  private static List<String> shown(CustomerSummary row) {
    return List.of(
        row.id().value(),
        row.name(),
        row.participantId().value(),
        String.valueOf(row.eAddress()),
        String.valueOf(row.organizationNumber()),
        String.valueOf(row.vatNumber()),
        String.join(",", row.customerNumbers()),
        row.state().name());
  }

  @Test
  void every_search_filter_order_and_language_exports_exactly_the_rows_of_the_search_in_order() {
    aVariedDirectory();

    int compared = 0;
    List<StateFilter> states = new ArrayList<>(Arrays.asList(StateFilter.values()));
    states.add(null);
    for (SearchPattern pattern : PATTERNS) {
      for (StateFilter state : states) {
        for (Sort sort : Sort.values()) {
          for (String language : LANGUAGES) {
            Selection selection = new Selection(pattern, state, sort, language);
            List<List<String>> expected = searched(selection).stream().map(s -> shown(s)).toList();
            assertThat(exported(selection).stream().map(r -> shown(r)).toList())
                .as("%s", selection)
                .containsExactlyElementsOf(expected);
            compared += expected.size();
          }
        }
      }
    }
    assertThat(compared).as("rows compared").isGreaterThan(1_000);
  }

  @Test
  void the_export_filters_and_orders_as_asked_and_lists_the_chosen_provider() {
    aVariedDirectory();

    assertThat(exported(new Selection(null, StateFilter.NEEDS_ATTENTION, null, null)))
        .extracting(ExportRow::name)
        .containsExactly("Gone AB", "Moved Provider AB");
    assertThat(exported(new Selection(null, StateFilter.NON_EXISTING, null, null)))
        .extracting(ExportRow::name)
        .containsExactly("Gone AB");
    assertThat(exported(new Selection(null, StateFilter.INACTIVE, Sort.NAME_DESC, null)))
        .extracting(ExportRow::name)
        .containsExactly("Zeta AB", "Idle AB");
    List<String> swedish =
        exported(new Selection(null, null, Sort.NAME, "sv")).stream().map(ExportRow::name).toList();
    assertThat(swedish.subList(swedish.size() - 4, swedish.size()))
        .containsExactly("Zeta AB", "\u00c5ke AB", "\u00c4rla AB", "\u00d6rjan Ab");
    assertThat(swedish.indexOf("beta AB")).isLessThan(swedish.indexOf("Gone AB"));
    assertThat(swedish).doesNotContain("Another Tenant's AB").hasSize(12);
    assertThat(exported(new Selection(null, null, Sort.STATE_DESC, null)))
        .extracting(ExportRow::name)
        .startsWith("Idle AB", "Zeta AB");
    ExportRow moved =
        exported(Selection.of(SearchPattern.parse("M-1", true), null)).stream()
            .findFirst()
            .orElseThrow();
    assertThat(moved.serviceProviderId()).isEqualTo(crediflow.id().value());
    ExportRow many =
        exported(Selection.of(SearchPattern.parse("MI-1", true), null)).stream()
            .findFirst()
            .orElseThrow();
    assertThat(many.customerNumbers()).containsExactly("MI-3", "MI-1", "MI-2");
    // the first of each scheme by position: the second organization number's, given first
    assertThat(many.organizationNumber()).isNotNull();
    assertThat(many.vatNumber()).isEqualTo("SE" + many.organizationNumber() + "01");
    assertThat(many.vatNumber()).isNotEqualTo("SE" + firstOrg.replace("-", "") + "01");
  }

  @Test
  void names_and_patterns_with_quotes_backslashes_tabs_and_line_ends_export_as_they_are() {
    String odd = "O'Neil \\ \"Back\\slash\"\tTab\nLine\rEnd \u00e5\u00e4\u00f6 \\N AB";
    customerOf(tenantA, named(odd, pagero), "ON-1");
    customerOf(tenantA, named("Plain AB", pagero), "P-1");
    customerOf(tenantB, named("O'Neil of another tenant", pagero), "ON-1");

    for (String query : List.of("*O'Neil*", "*\\\\*", "*'*", "O'Neil*", "ON-1")) {
      Selection selection = Selection.of(SearchPattern.parse(query, false), null);
      assertThat(exported(selection))
          .as(query)
          .extracting(ExportRow::name, ExportRow::customerNumbers)
          .containsExactly(tuple(odd, List.of("ON-1")));
    }
    assertThat(exported(new Selection(null, null, Sort.NAME, null)))
        .extracting(ExportRow::name)
        .containsExactly(odd, "Plain AB");
  }

  @Test
  void a_sink_that_fails_stops_the_export_and_the_next_export_runs_whole() {
    aVariedDirectory();
    RuntimeException gone = new IllegalStateException("the client went away");
    List<ExportRow> before = new ArrayList<>();

    assertThatThrownBy(
            () ->
                export.forEach(
                    tenantA,
                    new Selection(null, null, null, null),
                    row -> {
                      before.add(row);
                      if (before.size() == 3) {
                        throw gone;
                      }
                    }))
        .isSameAs(gone);

    assertThat(before).hasSize(3);
    assertThat(exported(new Selection(null, null, null, null))).hasSize(12);
  }
}
