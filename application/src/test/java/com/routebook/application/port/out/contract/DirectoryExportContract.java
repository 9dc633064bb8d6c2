package com.routebook.application.port.out.contract;

import static com.routebook.application.fixture.ParticipantFixture.aParticipant;
import static org.assertj.core.api.Assertions.assertThat;

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
import com.routebook.application.port.out.ImportWrites;
import com.routebook.application.port.out.ParticipantRegistry;
import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerNumbers;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.identifier.EAddress;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.identifier.IdentifierScheme;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.search.SearchPattern;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
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

  /** An import's bulk writes into the same store. */
  protected abstract ImportWrites newImportWrites(CustomerDirectory directory);

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

  /**
   * Compares the export with the search for every order and language, without a pattern and with
   * one, and returns tenant A's whole export by name in code point order.
   */
  private List<ExportRow> sameAsSearch() {
    for (SearchPattern pattern : Arrays.asList(null, SearchPattern.parse("*AB*", false))) {
      for (StateFilter state : Arrays.asList(null, StateFilter.ACTIVE, StateFilter.INACTIVE)) {
        for (Sort sort : Sort.values()) {
          for (String language : LANGUAGES) {
            Selection selection = new Selection(pattern, state, sort, language);
            assertThat(exported(selection).stream().map(r -> shown(r)).toList())
                .as("%s", selection)
                .containsExactlyElementsOf(
                    searched(selection).stream().map(s -> shown(s)).toList());
          }
        }
      }
    }
    return exported(new Selection(null, null, null, null));
  }

  private static ExportRow rowOf(List<ExportRow> rows, Customer customer) {
    return rows.stream()
        .filter(r -> r.customerId().equals(customer.id().value()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("not exported: " + customer.id()));
  }

  /** The participant with new registry data, stored. */
  private Participant changed(
      Participant participant, String name, String eAddress, List<Identifier> identifiers) {
    participant.update(
        name,
        participant.country(),
        EAddress.parse(eAddress),
        identifiers,
        participant.serviceProviders(),
        participant.defaultProviderId());
    return registry.update(participant);
  }

  @Test
  void the_export_follows_renames_and_identifier_changes_of_the_registry() {
    Participant acme = named("Acme AB", pagero);
    Customer customer = customerOf(tenantA, acme, "A-1");
    customerOf(tenantA, named("Mid AB", pagero), "M-1");
    customerOf(tenantB, acme, "B-1");
    assertThat(sameAsSearch()).extracting(ExportRow::name).containsExactly("Acme AB", "Mid AB");

    // renamed (to the end of the order) with a new E-address after the customer exists
    String org = ValidIdentifiers.nextSwedishOrganizationNumber();
    acme = changed(acme, "Öst AB", "0007:" + org, acme.identifiers());
    List<ExportRow> rows = sameAsSearch();
    assertThat(rows).extracting(ExportRow::name).containsExactly("Mid AB", "Öst AB");
    assertThat(rowOf(rows, customer).eAddress()).isEqualTo("0007:" + org);

    // a VAT number added before the organization number, which changes
    String vatOrg = ValidIdentifiers.nextSwedishOrganizationNumber();
    Identifier vat = Identifier.of(IdentifierScheme.VAT, "SE" + vatOrg + "01", "SE");
    Identifier organization = Identifier.of(IdentifierScheme.ORGANIZATION_NUMBER, org, "SE");
    acme = changed(acme, acme.name(), acme.eAddressText(), List.of(vat, organization));
    ExportRow row = rowOf(sameAsSearch(), customer);
    assertThat(row.vatNumber()).isEqualTo(vat.value());
    assertThat(row.organizationNumber()).isEqualTo(organization.value());

    // the VAT number's place taken by another one given first; the organization number removed
    String otherOrg = ValidIdentifiers.nextSwedishOrganizationNumber();
    Identifier otherVat = Identifier.of(IdentifierScheme.VAT, "SE" + otherOrg + "01", "SE");
    acme = changed(acme, acme.name(), acme.eAddressText(), List.of(otherVat, vat));
    row = rowOf(sameAsSearch(), customer);
    assertThat(row.vatNumber()).isEqualTo(otherVat.value());
    assertThat(row.organizationNumber()).isNull();

    // every identifier removed
    changed(acme, acme.name(), acme.eAddressText(), List.of());
    row = rowOf(sameAsSearch(), customer);
    assertThat(row.vatNumber()).isNull();
    assertThat(row.organizationNumber()).isNull();
    assertThat(row.name()).isEqualTo("Öst AB");
  }

  @Test
  void the_export_follows_numbers_state_provider_participant_and_deletion_of_customers() {
    Participant moved = named("Moved AB", pagero, crediflow);
    Customer customer = customerOf(tenantA, moved, "N-1", "N-2");
    Customer gone = customerOf(tenantA, named("Gone AB", pagero), "G-1");
    assertThat(rowOf(sameAsSearch(), customer).customerNumbers()).containsExactly("N-1", "N-2");

    // numbers reordered, then edited (one removed, one added)
    customer = directory.findById(tenantA, customer.id()).orElseThrow();
    customer.replaceNumbers(CustomerNumbers.of("N-2", "N-1"), STAMP);
    customer = directory.update(tenantA, customer);
    assertThat(rowOf(sameAsSearch(), customer).customerNumbers()).containsExactly("N-2", "N-1");
    customer.replaceNumbers(CustomerNumbers.of("N-3", "N-2"), STAMP);
    customer = directory.update(tenantA, customer);
    assertThat(rowOf(sameAsSearch(), customer).customerNumbers()).containsExactly("N-3", "N-2");

    // as many and as long numbers as a customer may have
    List<String> many =
        IntStream.range(0, CustomerNumbers.MAX_COUNT)
            .mapToObj(i -> ("L" + i + "-").repeat(12).substring(0, 35))
            .toList();
    customer.replaceNumbers(CustomerNumbers.of(many.toArray(String[]::new)), STAMP);
    customer = directory.update(tenantA, customer);
    assertThat(rowOf(sameAsSearch(), customer).customerNumbers()).containsExactlyElementsOf(many);
    customer.replaceNumbers(CustomerNumbers.of("N-9"), STAMP);
    customer = directory.update(tenantA, customer);
    assertThat(rowOf(sameAsSearch(), customer).customerNumbers()).containsExactly("N-9");

    // state and chosen provider
    customer.deactivate(STAMP);
    customer.chooseProvider(moved, crediflow.id(), STAMP);
    customer = directory.update(tenantA, customer);
    ExportRow row = rowOf(sameAsSearch(), customer);
    assertThat(row.state()).isEqualTo(CustomerState.INACTIVE);
    assertThat(row.serviceProviderId()).isEqualTo(crediflow.id().value());

    // pointed at another participant
    Participant other =
        registered(
            aParticipant()
                .named("Another Name AB")
                .withIdentifier(
                    IdentifierScheme.VAT,
                    "SE" + ValidIdentifiers.nextSwedishOrganizationNumber() + "01")
                .withProviders(pagero));
    customer.relink(other, null, STAMP);
    customer = directory.update(tenantA, customer);
    row = rowOf(sameAsSearch(), customer);
    assertThat(row.name()).isEqualTo("Another Name AB");
    assertThat(row.participantId()).isEqualTo(other.id().value());
    assertThat(row.eAddress()).isEqualTo(other.eAddressText());
    assertThat(row.organizationNumber())
        .isEqualTo(other.identifier(IdentifierScheme.ORGANIZATION_NUMBER).orElseThrow().value());
    assertThat(row.vatNumber())
        .isEqualTo(other.identifier(IdentifierScheme.VAT).orElseThrow().value());
    assertThat(row.serviceProviderId()).isEqualTo(pagero.id().value());

    // deleted
    directory.delete(tenantA, gone.id(), gone.version());
    assertThat(sameAsSearch()).extracting(ExportRow::name).containsExactly("Another Name AB");
  }

  @Test
  void the_export_follows_the_bulk_writes_of_an_import() {
    Customer existing = customerOf(tenantA, named("Existing AB", pagero), "E-1");
    Participant first = named("First AB", pagero);
    Participant second = named("Second AB", pagero);
    Customer added = Customer.create(tenantA, first, CustomerNumbers.of("F-2", "F-1"), null, STAMP);
    Customer alsoAdded = Customer.create(tenantA, second, CustomerNumbers.of("S-1"), null, STAMP);
    existing = directory.findById(tenantA, existing.id()).orElseThrow();
    existing.replaceNumbers(CustomerNumbers.of("E-2", "E-1"), STAMP);
    existing.deactivate(STAMP);

    ImportWrites writes = newImportWrites(directory);
    try (ImportWrites.Session session = writes.open(tenantA)) {
      session.add(List.of(added, alsoAdded));
      session.update(List.of(existing));
      session.commit();
    }

    List<ExportRow> rows = sameAsSearch();
    assertThat(rows)
        .extracting(ExportRow::name)
        .containsExactly("Existing AB", "First AB", "Second AB");
    assertThat(rowOf(rows, added).customerNumbers()).containsExactly("F-2", "F-1");
    assertThat(rowOf(rows, added).organizationNumber())
        .isEqualTo(first.identifier(IdentifierScheme.ORGANIZATION_NUMBER).orElseThrow().value());
    assertThat(rowOf(rows, alsoAdded).customerNumbers()).containsExactly("S-1");
    assertThat(rowOf(rows, existing).customerNumbers()).containsExactly("E-2", "E-1");
    assertThat(rowOf(rows, existing).state()).isEqualTo(CustomerState.INACTIVE);
  }
}
