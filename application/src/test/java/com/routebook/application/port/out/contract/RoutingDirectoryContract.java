package com.routebook.application.port.out.contract;

import static com.routebook.application.fixture.CustomerFixture.aCustomer;
import static com.routebook.application.fixture.ParticipantFixture.aParticipant;
import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.application.fixture.ParticipantFixture;
import com.routebook.application.fixture.ValidIdentifiers;
import com.routebook.application.port.out.CustomerDirectory;
import com.routebook.application.port.out.ParticipantRegistry;
import com.routebook.application.port.out.RoutingDirectory;
import com.routebook.application.port.out.RoutingDirectory.IdentifierMatch;
import com.routebook.application.port.out.RoutingDirectory.NumberMatch;
import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.identifier.IdentifierScheme;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ParticipantStatus;
import com.routebook.domain.participant.ServiceProvider;
import com.routebook.domain.participant.ServiceProviderId;
import com.routebook.domain.routing.RoutingCustomer;
import com.routebook.domain.routing.RoutingParticipant;
import com.routebook.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link RoutingDirectory}: flat rows of one tenant's directory and the registry,
 * one query per call whatever the number of keys. Each test uses fresh tenants, participants and
 * numbers, so an adapter may keep data between tests.
 */
public abstract class RoutingDirectoryContract {

  protected ParticipantRegistry registry;
  protected CustomerDirectory directory;
  protected RoutingDirectory routing;
  protected final TenantId tenantA = new TenantId("a-" + UUID.randomUUID());
  protected final TenantId tenantB = new TenantId("b-" + UUID.randomUUID());
  private final String unique = UUID.randomUUID().toString().substring(0, 8);
  private final Set<ServiceProviderId> providersStored = new HashSet<>();

  /** The registry and the directory the data is written to, over the read side's store. */
  protected abstract DirectoryStores newStores();

  /** The read side under test, over the same store. */
  protected abstract RoutingDirectory newRoutingDirectory(
      ParticipantRegistry registry, CustomerDirectory directory);

  /** How many queries the read side has sent to its store so far. */
  protected abstract int queries();

  @BeforeEach
  void createPorts() {
    DirectoryStores stores = newStores();
    registry = stores.registry();
    directory = stores.directory();
    routing = newRoutingDirectory(registry, directory);
  }

  private Participant registered(ParticipantFixture fixture) {
    Participant participant = fixture.build();
    for (ServiceProvider provider : participant.serviceProviders()) {
      if (providersStored.add(provider.id())) {
        registry.addServiceProvider(provider);
      }
    }
    return registry.add(participant);
  }

  private Customer stored(TenantId tenant, Customer customer) {
    return directory.add(tenant, customer);
  }

  private Customer customerOf(TenantId tenant, Participant participant, String... numbers) {
    return stored(
        tenant, aCustomer().inTenant(tenant).of(participant).withNumbers(numbers).build());
  }

  private String n(String number) {
    return number + "-" + unique;
  }

  private static CustomerNumber number(String value) {
    return new CustomerNumber(value);
  }

  private static Identifier lookup(IdentifierScheme scheme, String raw) {
    return new Identifier(scheme, Identifier.normalize(scheme, raw));
  }

  private static Identifier organizationNumber(Participant participant) {
    return participant.identifier(IdentifierScheme.ORGANIZATION_NUMBER).orElseThrow();
  }

  @Test
  void a_number_answers_the_tenants_customer_and_its_participant() {
    ServiceProvider first = ServiceProvider.named("First " + unique);
    ServiceProvider second = ServiceProvider.named("Second " + unique);
    Participant p = registered(aParticipant().withProviders(first, second));
    Customer c =
        stored(
            tenantA,
            aCustomer()
                .of(p)
                .inTenant(tenantA)
                .withNumbers(n("A"), n("B"))
                .withProvider(second.id())
                .build());

    List<NumberMatch> found =
        routing.byCustomerNumbers(tenantA, Set.of(number(n("A")), number(n("B")), number(n("X"))));

    RoutingCustomer customer =
        new RoutingCustomer(c.id(), p.id(), CustomerState.ACTIVE, second.id(), second);
    RoutingParticipant participant =
        new RoutingParticipant(p.id(), p.name(), ParticipantStatus.ACTIVE, p.eAddressText(), first);
    assertThat(found)
        .containsExactlyInAnyOrder(
            new NumberMatch(number(n("A")), customer, participant),
            new NumberMatch(number(n("B")), customer, participant));
  }

  @Test
  void another_tenants_numbers_and_customers_never_show() {
    Participant mine = registered(aParticipant());
    Participant theirs = registered(aParticipant());
    Customer myCustomer = customerOf(tenantA, mine, n("SHARED"));
    customerOf(tenantB, theirs, n("SHARED"), n("THEIRS"));
    customerOf(tenantB, mine, n("B-OF-MINE"));

    assertThat(
            routing.byCustomerNumbers(
                tenantA, Set.of(number(n("SHARED")), number(n("THEIRS")), number(n("B-OF-MINE")))))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.customer().id()).isEqualTo(myCustomer.id());
              assertThat(m.participant().id()).isEqualTo(mine.id());
            });
    assertThat(routing.byIdentifiers(tenantA, Set.of(organizationNumber(theirs))))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.participant().id()).isEqualTo(theirs.id());
              assertThat(m.customerIfAny()).isEmpty();
            });
    assertThat(routing.byIdentifiers(tenantA, Set.of(organizationNumber(mine))))
        .singleElement()
        .satisfies(m -> assertThat(m.customer().id()).isEqualTo(myCustomer.id()));
  }

  @Test
  void one_number_alone_is_answered_from_its_tenant_only() {
    Participant mine = registered(aParticipant());
    Participant theirs = registered(aParticipant());
    Customer myCustomer = customerOf(tenantA, mine, n("ALONE"));
    customerOf(tenantB, theirs, n("ALONE"), n("ONLY-THEIRS"));

    assertThat(routing.byCustomerNumbers(tenantA, Set.of(number(n("ALONE")))))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.number()).isEqualTo(number(n("ALONE")));
              assertThat(m.customer().id()).isEqualTo(myCustomer.id());
              assertThat(m.participant().id()).isEqualTo(mine.id());
            });
    assertThat(routing.byCustomerNumbers(tenantA, Set.of(number(n("ONLY-THEIRS"))))).isEmpty();
  }

  @Test
  void an_inactive_customer_and_a_deactivated_participant_are_answered_as_they_are() {
    Participant gone = registered(aParticipant().deactivated());
    Customer inactive =
        stored(
            tenantA, aCustomer().inTenant(tenantA).of(gone).withNumbers(n("I")).inactive().build());

    NumberMatch byNumber = routing.byCustomerNumbers(tenantA, Set.of(number(n("I")))).get(0);
    IdentifierMatch byIdentifier =
        routing.byIdentifiers(tenantA, Set.of(organizationNumber(gone))).get(0);

    assertThat(byNumber.customer().id()).isEqualTo(inactive.id());
    assertThat(byNumber.customer().state()).isEqualTo(CustomerState.INACTIVE);
    assertThat(byNumber.participant().status()).isEqualTo(ParticipantStatus.DEACTIVATED);
    assertThat(byIdentifier.participant()).isEqualTo(byNumber.participant());
    assertThat(byIdentifier.customer()).isEqualTo(byNumber.customer());
  }

  @Test
  void a_chosen_provider_the_participant_dropped_is_no_longer_offered() {
    ServiceProvider first = ServiceProvider.named("Kept " + unique);
    ServiceProvider second = ServiceProvider.named("Dropped " + unique);
    Participant p = registered(aParticipant().withProviders(first, second));
    stored(
        tenantA,
        aCustomer().inTenant(tenantA).of(p).withNumbers(n("D")).withProvider(second.id()).build());
    p.update(p.name(), p.country(), p.eAddress(), p.identifiers(), List.of(first), first.id());
    registry.update(p);

    NumberMatch found = routing.byCustomerNumbers(tenantA, Set.of(number(n("D")))).get(0);
    IdentifierMatch byIdentifier =
        routing.byIdentifiers(tenantA, Set.of(organizationNumber(p))).get(0);

    assertThat(found.customer().chosenProviderId()).isEqualTo(second.id());
    assertThat(found.customer().offeredProvider()).isNull();
    assertThat(found.customer().providerUnavailable()).isTrue();
    assertThat(found.participant().defaultProvider()).isEqualTo(first);
    assertThat(found.customer().effectiveProvider(found.participant())).isEqualTo(first);
    assertThat(byIdentifier.customer()).isEqualTo(found.customer());
  }

  @Test
  void one_identifier_answers_every_participant_carrying_it() {
    String gln = ValidIdentifiers.gln(Math.abs(unique.hashCode() % 1_000_000));
    Participant one = registered(aParticipant().withIdentifier(IdentifierScheme.GLN, gln));
    Participant two =
        registered(aParticipant().withIdentifier(IdentifierScheme.GLN, gln).deactivated());
    Identifier shared = lookup(IdentifierScheme.GLN, gln);

    assertThat(routing.byIdentifiers(tenantA, Set.of(shared)))
        .containsExactlyInAnyOrder(
            new IdentifierMatch(shared, RoutingParticipant.of(one), null),
            new IdentifierMatch(shared, RoutingParticipant.of(two), null));
  }

  @Test
  void identifiers_are_compared_normalized_and_by_scheme() {
    Participant p = registered(aParticipant());
    String org = organizationNumber(p).value();
    Identifier dashed =
        lookup(IdentifierScheme.ORGANIZATION_NUMBER, org.substring(0, 6) + "-" + org.substring(6));
    Identifier sameValueOtherScheme = new Identifier(IdentifierScheme.GLN, org);

    assertThat(routing.byIdentifiers(tenantA, Set.of(dashed, sameValueOtherScheme)))
        .containsExactly(new IdentifierMatch(dashed, RoutingParticipant.of(p), null));
  }

  @Test
  void an_e_address_is_found_by_its_key_and_answered_as_registered() {
    String vat = "se" + ValidIdentifiers.nextSwedishOrganizationNumber() + "01";
    Participant p = registered(aParticipant().withEAddress("9912:" + vat));
    Identifier key = lookup(IdentifierScheme.E_ADDRESS, "9912:" + vat.toUpperCase());
    Customer c = customerOf(tenantA, p, n("E"));

    assertThat(routing.byIdentifiers(tenantA, Set.of(key)))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.identifier()).isEqualTo(key);
              assertThat(m.participant().eAddress()).isEqualTo("9912:" + vat);
              assertThat(m.customer()).isEqualTo(RoutingCustomer.of(c, p));
            });
  }

  @Test
  void empty_sets_answer_empty_without_a_query() {
    registered(aParticipant());
    int before = queries();

    assertThat(routing.byCustomerNumbers(tenantA, Set.of())).isEmpty();
    assertThat(routing.byIdentifiers(tenantA, Set.of())).isEmpty();
    assertThat(queries()).isEqualTo(before);
  }

  @Test
  void six_hundred_numbers_are_answered_by_one_query() {
    Set<CustomerNumber> numbers = new HashSet<>();
    Set<Identifier> identifiers = new HashSet<>();
    List<Customer> customers = new ArrayList<>();
    for (int c = 0; c < 12; c++) {
      Participant p = registered(aParticipant());
      identifiers.add(organizationNumber(p));
      identifiers.add(p.eAddressIdentifier());
      String[] held = new String[50];
      for (int i = 0; i < 50; i++) {
        held[i] = n(c + "." + i);
        numbers.add(number(held[i]));
      }
      customers.add(customerOf(tenantA, p, held));
    }
    for (int i = 0; i < 576; i++) {
      identifiers.add(lookup(IdentifierScheme.GLN, ValidIdentifiers.gln(i)));
    }

    int before = queries();
    List<NumberMatch> byNumber = routing.byCustomerNumbers(tenantA, numbers);
    int afterNumbers = queries();
    List<IdentifierMatch> byIdentifier = routing.byIdentifiers(tenantA, identifiers);

    assertThat(afterNumbers - before).isEqualTo(1);
    assertThat(queries() - afterNumbers).isEqualTo(1);
    assertThat(byNumber).hasSize(600);
    assertThat(byNumber)
        .extracting(NumberMatch::number)
        .containsExactlyInAnyOrderElementsOf(numbers);
    assertThat(byNumber)
        .extracting(m -> m.customer().id())
        .containsOnlyElementsOf(customers.stream().map(Customer::id).toList());
    assertThat(byIdentifier).hasSize(24);
    assertThat(byIdentifier).allSatisfy(m -> assertThat(m.customerIfAny()).isPresent());
  }

  @Test
  void each_of_the_tenants_numbers_is_streamed_once_in_one_query() {
    Participant p = registered(aParticipant());
    Participant q = registered(aParticipant().deactivated());
    customerOf(tenantA, p, n("P1"), n("P2"), n("P3"), n("P4"));
    customerOf(tenantA, q, n("Q1"), n("Q2"), n("Q3"));
    customerOf(tenantB, p, n("THEIRS1"), n("THEIRS2"));
    Set<CustomerNumber> held =
        Set.of(n("P1"), n("P2"), n("P3"), n("P4"), n("Q1"), n("Q2"), n("Q3")).stream()
            .map(RoutingDirectoryContract::number)
            .collect(java.util.stream.Collectors.toSet());

    List<NumberMatch> streamed = new ArrayList<>();
    int before = queries();
    routing.eachNumber(tenantA, streamed::add);

    assertThat(queries() - before).isEqualTo(1);
    assertThat(streamed).extracting(NumberMatch::number).containsExactlyInAnyOrderElementsOf(held);
    assertThat(streamed)
        .containsExactlyInAnyOrderElementsOf(routing.byCustomerNumbers(tenantA, held));
  }

  @Test
  void the_stream_stops_when_told() {
    Participant p = registered(aParticipant());
    customerOf(tenantA, p, n("S1"), n("S2"), n("S3"), n("S4"));

    List<NumberMatch> streamed = new ArrayList<>();
    routing.eachNumber(tenantA, m -> streamed.add(m) && streamed.size() < 2);

    assertThat(streamed).hasSize(2);
  }
}
