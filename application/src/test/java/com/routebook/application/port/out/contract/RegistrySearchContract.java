package com.routebook.application.port.out.contract;

import static com.routebook.application.fixture.ParticipantFixture.aParticipant;
import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.application.fixture.ParticipantFixture;
import com.routebook.application.fixture.ValidIdentifiers;
import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.out.ParticipantRegistry;
import com.routebook.application.port.out.RegistrySearch;
import com.routebook.application.port.out.RegistrySearch.ParticipantSummary;
import com.routebook.application.port.out.RegistrySearch.ProviderOption;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.identifier.IdentifierScheme;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ParticipantStatus;
import com.routebook.domain.participant.ServiceProvider;
import com.routebook.domain.search.SearchPattern;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link RegistrySearch}: SPEC.md's search over the public registry, as result
 * rows, one query per page. The store is written through {@link ParticipantRegistry}; each test
 * starts from an empty store.
 */
public abstract class RegistrySearchContract {

  protected ParticipantRegistry registry;
  protected RegistrySearch search;
  private final Set<ServiceProvider> providersStored = new HashSet<>();

  private final ServiceProvider pagero = ServiceProvider.named("Pagero");
  private final ServiceProvider crediflow = ServiceProvider.named("Crediflow");

  /** The registry the data is written to. */
  protected abstract ParticipantRegistry newRegistry();

  /** The read side under test, over the same store. */
  protected abstract RegistrySearch newSearch(ParticipantRegistry registry);

  /** How many queries the read side has sent to its store so far. */
  protected abstract int queries();

  @BeforeEach
  void createPorts() {
    registry = newRegistry();
    search = newSearch(registry);
  }

  private Participant registered(ParticipantFixture fixture) {
    Participant participant = fixture.build();
    for (ServiceProvider provider : participant.serviceProviders()) {
      if (providersStored.add(provider)) {
        registry.addServiceProvider(provider);
      }
    }
    return registry.add(participant);
  }

  private Participant named(String name, ServiceProvider... providers) {
    return registered(aParticipant().named(name).withProviders(providers));
  }

  private Page<ParticipantSummary> find(String query, boolean caseSensitive) {
    return search.search(SearchPattern.parse(query, caseSensitive), new PageRequest(0, 50));
  }

  private List<String> names(String query, boolean caseSensitive) {
    return names(find(query, caseSensitive));
  }

  private static List<String> names(Page<ParticipantSummary> page) {
    return page.items().stream().map(ParticipantSummary::name).toList();
  }

  @Test
  void a_row_shows_country_e_address_identifiers_and_providers_in_order_and_the_status() {
    String org = ValidIdentifiers.nextSwedishOrganizationNumber();
    Participant acme =
        registered(
            aParticipant()
                .named("Acme Paper AB")
                .withoutIdentifiers()
                .withIdentifier(IdentifierScheme.VAT, "SE" + org + "01")
                .withIdentifier(IdentifierScheme.GLN, ValidIdentifiers.gln(4711))
                .withIdentifier(IdentifierScheme.ORGANIZATION_NUMBER, org)
                .withProviders(pagero, crediflow)
                .withDefault(crediflow)
                .deactivated());

    Page<ParticipantSummary> page = search.search(null, PageRequest.first());

    assertThat(page.items())
        .containsExactly(
            new ParticipantSummary(
                acme.id(),
                "Acme Paper AB",
                "SE",
                acme.eAddressText(),
                List.of(
                    new Identifier(IdentifierScheme.VAT, "SE" + org + "01"),
                    new Identifier(IdentifierScheme.GLN, ValidIdentifiers.gln(4711)),
                    new Identifier(IdentifierScheme.ORGANIZATION_NUMBER, org)),
                List.of(new ProviderOption(pagero, false), new ProviderOption(crediflow, true)),
                ParticipantStatus.DEACTIVATED));
    assertThat(page.items().get(0).nonExisting()).isTrue();
    assertThat(page.total()).isEqualTo(1);
  }

  @Test
  void a_participant_without_identifiers_shows_none_and_an_active_one_no_label() {
    registered(aParticipant().named("Plain AB").withoutIdentifiers().withProviders(pagero));

    ParticipantSummary row = find("Plain AB", true).items().get(0);

    assertThat(row.identifiers()).isEmpty();
    assertThat(row.serviceProviders()).containsExactly(new ProviderOption(pagero, true));
    assertThat(row.status()).isEqualTo(ParticipantStatus.ACTIVE);
    assertThat(row.nonExisting()).isFalse();
  }

  @Test
  void search_matches_name_identifiers_e_address_and_any_provider_name() {
    Participant acme =
        registered(
            aParticipant()
                .named("Acme Paper AB")
                .withoutIdentifiers()
                .withIdentifier(
                    IdentifierScheme.ORGANIZATION_NUMBER,
                    ValidIdentifiers.swedishOrganizationNumber(7654321))
                .withProviders(pagero));
    named("Nordic Parts AS", crediflow, pagero);
    Participant partille = named("Partille Bygg AB", pagero);
    String acmeNumber = acme.identifier(IdentifierScheme.ORGANIZATION_NUMBER).orElseThrow().value();

    assertThat(names("*Part*", true)).containsExactly("Nordic Parts AS", "Partille Bygg AB");
    assertThat(names("*part*", true)).isEmpty();
    assertThat(names("*part*", false)).containsExactly("Nordic Parts AS", "Partille Bygg AB");
    assertThat(names("Acme*", true)).containsExactly("Acme Paper AB");
    assertThat(names("Acme", true)).isEmpty();
    assertThat(names("Acme Paper AB", true)).containsExactly("Acme Paper AB");
    assertThat(names(acmeNumber.substring(0, 6) + "-" + acmeNumber.substring(6), true))
        .containsExactly("Acme Paper AB");
    assertThat(names("*" + acmeNumber.substring(2, 8) + "*", true))
        .containsExactly("Acme Paper AB");
    assertThat(names(partille.eAddressText(), true)).containsExactly("Partille Bygg AB");
    assertThat(names("Crediflow", true)).containsExactly("Nordic Parts AS");
    assertThat(names("pagero", true)).isEmpty();
    assertThat(names("pagero", false))
        .containsExactly("Acme Paper AB", "Nordic Parts AS", "Partille Bygg AB");
    assertThat(names("Nothing like it", true)).isEmpty();
  }

  @Test
  void like_wildcards_and_the_escape_in_the_query_are_plain_characters() {
    named("100% Print AB", pagero);
    named("1000 Prints AB", pagero);
    named("A_B Logistics", pagero);
    named("AxB Logistics", pagero);
    named("Back\\Slash AB", pagero);
    named("Star*Media AB", pagero);
    named("Stardust Media AB", pagero);

    assertThat(names("100%*", true)).containsExactly("100% Print AB");
    assertThat(names("A_B*", true)).containsExactly("A_B Logistics");
    assertThat(names("Back\\\\Slash*", true)).containsExactly("Back\\Slash AB");
    assertThat(names("Star\\**", true)).containsExactly("Star*Media AB");
  }

  @Test
  void pages_are_sorted_by_name_in_code_point_order_then_id_with_the_total() {
    named("beta lowercase AB", pagero);
    named("Zeta AB", pagero);
    named("Alfa AB", pagero);
    named("\u00c5land Trading Ab", pagero);
    Participant one = named("Same Name AB", pagero);
    Participant two = named("Same Name AB", pagero);
    List<ParticipantId> sameOrder =
        one.id().value().compareTo(two.id().value()) < 0
            ? List.of(one.id(), two.id())
            : List.of(two.id(), one.id());

    Page<ParticipantSummary> first = search.search(null, new PageRequest(0, 3));
    Page<ParticipantSummary> second = search.search(null, new PageRequest(1, 3));
    Page<ParticipantSummary> beyond = search.search(null, new PageRequest(5, 3));
    Page<ParticipantSummary> secondOfSearch =
        search.search(SearchPattern.parse("* AB", true), new PageRequest(1, 2));

    assertThat(names(first)).containsExactly("Alfa AB", "Same Name AB", "Same Name AB");
    assertThat(first.items().subList(1, 3))
        .extracting(ParticipantSummary::id)
        .containsExactlyElementsOf(sameOrder);
    assertThat(names(second))
        .containsExactly("Zeta AB", "beta lowercase AB", "\u00c5land Trading Ab");
    assertThat(first.total()).isEqualTo(6);
    assertThat(second.total()).isEqualTo(6);
    assertThat(second.page()).isEqualTo(1);
    assertThat(second.size()).isEqualTo(3);
    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.total()).isEqualTo(6);
    assertThat(names(secondOfSearch)).containsExactly("Same Name AB", "Zeta AB");
    assertThat(secondOfSearch.items().get(0).id()).isEqualTo(sameOrder.get(1));
    assertThat(secondOfSearch.total()).isEqualTo(5);
  }

  @Test
  void case_insensitive_search_folds_nordic_letters_too() {
    named("\u00c5land Trading Ab", pagero);

    assertThat(names("\u00e5land*", false)).containsExactly("\u00c5land Trading Ab");
    assertThat(names("\u00e5land*", true)).isEmpty();
  }

  @Test
  void a_page_is_one_query_whatever_its_size() {
    for (int i = 0; i < 30; i++) {
      registered(
          aParticipant().named("Many " + (100 + i) + " AB").withProviders(pagero, crediflow));
    }
    int before = queries();

    Page<ParticipantSummary> page = find("Many*", true);
    int afterOne = queries();
    Page<ParticipantSummary> none = find("*nothing at all*", true);

    assertThat(afterOne - before).isEqualTo(1);
    assertThat(queries() - afterOne).isEqualTo(1);
    assertThat(page.items()).hasSize(30);
    assertThat(page.items().get(29).serviceProviders())
        .containsExactly(new ProviderOption(pagero, true), new ProviderOption(crediflow, false));
    assertThat(none.items()).isEmpty();
    assertThat(none.total()).isZero();
  }

  @Test
  void a_lone_wildcard_lists_every_participant_paged() {
    named("Zeta AB", pagero);
    named("Alfa AB", crediflow);
    named("Mid AB", pagero);

    Page<ParticipantSummary> first =
        search.search(SearchPattern.parse("*", true), new PageRequest(0, 2));
    Page<ParticipantSummary> second =
        search.search(SearchPattern.parse("**", false), new PageRequest(1, 2));

    assertThat(names(first)).containsExactly("Alfa AB", "Mid AB");
    assertThat(first.total()).isEqualTo(3);
    assertThat(names(second)).containsExactly("Zeta AB");
    assertThat(second.total()).isEqualTo(3);
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
                .withProviders(pagero));
    named("Nordic Parts AS", crediflow);
    named("Partille Bygg AB", pagero);
    String acmeNumber = acme.identifier(IdentifierScheme.ORGANIZATION_NUMBER).orElseThrow().value();

    assertThat(names("*rt*", true)).containsExactly("Nordic Parts AS", "Partille Bygg AB");
    assertThat(names("*RT*", true)).isEmpty();
    assertThat(names("*RT*", false)).containsExactly("Nordic Parts AS", "Partille Bygg AB");
    assertThat(names("*AS", true)).containsExactly("Nordic Parts AS");
    assertThat(names("*ed*", true)).containsExactly("Nordic Parts AS");
    assertThat(names("*" + acmeNumber.substring(3, 5) + "*", true)).contains("Acme Paper AB");
    assertThat(names("A*", true)).containsExactly("Acme Paper AB");
    assertThat(names("*qx*", false)).isEmpty();
    assertThat(find("*a*", false).total()).isEqualTo(3);
  }
}
