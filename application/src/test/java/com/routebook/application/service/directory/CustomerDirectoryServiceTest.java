package com.routebook.application.service.directory;

import static com.routebook.application.fixture.CustomerFixture.TENANT_A;
import static com.routebook.application.fixture.CustomerFixture.TENANT_B;
import static com.routebook.application.fixture.CustomerFixture.aCustomer;
import static com.routebook.application.fixture.ParticipantFixture.aParticipant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.application.fake.InMemoryCurrentUser;
import com.routebook.application.fixture.TestWorld;
import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.in.directory.AddCustomerUseCase.AddCustomerCommand;
import com.routebook.application.port.in.directory.ChooseServiceProviderUseCase.ChooseServiceProviderCommand;
import com.routebook.application.port.in.directory.CustomerVersionCommand;
import com.routebook.application.port.in.directory.CustomerView;
import com.routebook.application.port.in.directory.GetCustomerHistoryUseCase.GetCustomerHistoryQuery;
import com.routebook.application.port.in.directory.GetCustomerUseCase.GetCustomerQuery;
import com.routebook.application.port.in.directory.ListAlertsUseCase.ListAlertsQuery;
import com.routebook.application.port.in.directory.RelinkCustomerUseCase.RelinkCustomerCommand;
import com.routebook.application.port.in.directory.ReplaceCustomerNumbersUseCase.ReplaceCustomerNumbersCommand;
import com.routebook.application.port.in.directory.SearchDirectoryUseCase.SearchDirectoryQuery;
import com.routebook.application.port.out.DirectorySearch;
import com.routebook.application.port.out.DirectorySearch.CustomerSummary;
import com.routebook.domain.ConflictException;
import com.routebook.domain.DomainException;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.Explanation;
import com.routebook.domain.ExplanationCode;
import com.routebook.domain.ForbiddenException;
import com.routebook.domain.NotFoundException;
import com.routebook.domain.ValidationException;
import com.routebook.domain.alert.Alert;
import com.routebook.domain.alert.AlertKind;
import com.routebook.domain.alert.AlertStatus;
import com.routebook.domain.alert.RegistryChange;
import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerAction;
import com.routebook.domain.customer.CustomerChange;
import com.routebook.domain.customer.CustomerExistsException;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.customer.CustomerNumbers;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ServiceProvider;
import com.routebook.domain.participant.ServiceProviderId;
import com.routebook.domain.search.SearchPattern;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerDirectoryServiceTest {

  private final TestWorld world = new TestWorld();
  private final CustomerDirectoryService service = world.directoryService;
  private final ServiceProvider first = ServiceProvider.named("First Access");
  private final ServiceProvider second = ServiceProvider.named("Second Access");

  private CustomerView add(Participant p, String numbers) {
    return service.add(
        AddCustomerCommand.forParticipant(p.id(), CustomerNumbers.parse(numbers), null));
  }

  @Test
  void an_editor_adds_a_registry_participant_with_numbers_and_the_default_provider() {
    Participant p = world.given(aParticipant().named("Acme AB").withProviders(first, second));

    CustomerView added = add(p, "A-1, B-2");

    assertThat(added.name()).isEqualTo("Acme AB");
    assertThat(added.participantId()).isEqualTo(p.id());
    assertThat(added.eAddress()).isEqualTo(p.eAddressText());
    assertThat(added.organizationNumber()).isEqualTo(p.identifiers().get(0).value());
    assertThat(added.vatNumber()).isNull();
    assertThat(added.customerNumbers()).containsExactly("A-1", "B-2");
    assertThat(added.serviceProvider()).isEqualTo(first);
    assertThat(added.serviceProviders())
        .extracting(o -> o.provider().name() + "/" + o.isDefault())
        .containsExactly("First Access/true", "Second Access/false");
    assertThat(added.state()).isEqualTo(CustomerState.ACTIVE);
    assertThat(added.nonExisting()).isFalse();
    assertThat(added.providerUnavailable()).isFalse();
    assertThat(added.version()).isEqualTo(1);
    assertThat(world.directory.findById(TENANT_A, added.id())).isPresent();
  }

  @Test
  void a_participant_can_be_added_by_its_e_address_and_with_a_chosen_provider() {
    Participant p = world.given(aParticipant().withProviders(first, second));

    CustomerView added =
        service.add(
            new AddCustomerCommand(
                null, p.eAddressText().toLowerCase(), CustomerNumbers.of("A-1"), second.id()));

    assertThat(added.participantId()).isEqualTo(p.id());
    assertThat(added.serviceProvider()).isEqualTo(second);
  }

  @Test
  void an_unknown_participant_is_not_found() {
    assertThatThrownBy(
            () ->
                service.add(
                    AddCustomerCommand.forParticipant(
                        new ParticipantId("nope"), CustomerNumbers.of("A"), null)))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.PARTICIPANT_NOT_FOUND));
    assertThatThrownBy(
            () ->
                service.add(
                    new AddCustomerCommand(null, "0007:5560360793", CustomerNumbers.of("A"), null)))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("0007:5560360793");
  }

  @Test
  void the_command_needs_either_a_participant_id_or_an_e_address() {
    CustomerNumbers numbers = CustomerNumbers.of("A");
    assertThatThrownBy(() -> new AddCustomerCommand(null, " ", numbers, null))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(
            () -> new AddCustomerCommand(new ParticipantId("p"), "0007:1", numbers, null))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void adding_a_participant_again_answers_with_the_existing_customer() {
    Participant p = world.given(aParticipant());
    CustomerView first = add(p, "A-1");

    assertThatThrownBy(() -> add(p, "Z-9"))
        .isInstanceOfSatisfying(
            CustomerExistsException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.CUSTOMER_EXISTS);
              assertThat(e.existingCustomerId()).isEqualTo(first.id());
            });
  }

  @Test
  void adding_a_participant_again_with_its_own_numbers_still_answers_customer_exists() {
    Participant p = world.given(aParticipant());
    add(p, "OWN-1");

    assertThatThrownBy(() -> add(p, "OWN-1"))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.CUSTOMER_EXISTS));
  }

  @Test
  void a_participant_left_the_network_can_still_be_added_by_its_e_address() {
    Participant gone = world.given(aParticipant().deactivated());

    CustomerView added =
        service.add(
            new AddCustomerCommand(null, gone.eAddressText(), CustomerNumbers.of("G-1"), null));

    assertThat(added.participantId()).isEqualTo(gone.id());
    assertThat(added.nonExisting()).isTrue();
  }

  @Test
  void a_number_held_by_another_customer_even_inactive_is_taken() {
    world.given(aCustomer().withNumbers("A-1", "B-2").inactive());
    Participant p = world.given(aParticipant());

    assertThatThrownBy(() -> add(p, "X-1, B-2"))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.CUSTOMER_NUMBER_TAKEN))
        .hasMessageContaining("B-2")
        .hasMessageNotContaining("X-1");
    assertThat(world.directory.findByParticipant(TENANT_A, p.id())).isEmpty();
  }

  @Test
  void the_same_number_may_exist_in_another_tenants_directory() {
    world.given(aCustomer().inTenant(TENANT_B).withNumbers("A-1"));
    Participant p = world.given(aParticipant());

    assertThat(add(p, "A-1").customerNumbers()).containsExactly("A-1");
  }

  @Test
  void a_provider_the_participant_is_not_registered_with_is_refused() {
    Participant p = world.given(aParticipant().withProviders(first));

    assertThatThrownBy(
            () ->
                service.add(
                    AddCustomerCommand.forParticipant(
                        p.id(), CustomerNumbers.of("A"), second.id())))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_NOT_REGISTERED));
  }

  @Test
  void a_viewer_reads_but_may_not_change_the_directory() {
    Customer c = world.given(aCustomer());
    world.signedInAs(InMemoryCurrentUser.viewer(TENANT_A));

    assertThat(service.get(new GetCustomerQuery(c.id())).id()).isEqualTo(c.id());
    assertThat(service.history(new GetCustomerHistoryQuery(c.id()))).isEmpty();
    assertThatThrownBy(() -> service.deactivate(new CustomerVersionCommand(c.id(), 1)))
        .isInstanceOfSatisfying(
            ForbiddenException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
    assertThatThrownBy(() -> add(world.given(aParticipant()), "Q"))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void a_network_administrator_has_no_access_to_any_directory() {
    Customer c = world.given(aCustomer());
    world.signedInAs(InMemoryCurrentUser.networkAdmin());

    assertThatThrownBy(() -> service.get(new GetCustomerQuery(c.id())))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(
            () -> service.search(new SearchDirectoryQuery(null, null, PageRequest.first())))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void a_customer_of_another_tenant_is_not_found_for_any_action() {
    Customer theirs = world.given(aCustomer().inTenant(TENANT_B));
    CustomerId id = theirs.id();

    List<Runnable> actions =
        List.of(
            () -> service.get(new GetCustomerQuery(id)),
            () -> service.history(new GetCustomerHistoryQuery(id)),
            () -> service.deactivate(new CustomerVersionCommand(id, 1)),
            () -> service.activate(new CustomerVersionCommand(id, 1)),
            () -> service.delete(new CustomerVersionCommand(id, 1)),
            () ->
                service.replaceNumbers(
                    new ReplaceCustomerNumbersCommand(id, CustomerNumbers.of("Q"), 1)),
            () ->
                service.chooseProvider(
                    new ChooseServiceProviderCommand(id, theirs.serviceProviderId(), 1)));
    for (Runnable action : actions) {
      assertThatThrownBy(action::run)
          .isInstanceOfSatisfying(
              NotFoundException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.CUSTOMER_NOT_FOUND));
    }
    assertThat(world.directory.findById(TENANT_B, id).orElseThrow().version()).isEqualTo(1);
  }

  @Test
  void replacing_numbers_with_the_version_read_saves_them_and_bumps_the_version() {
    Customer c = world.given(aCustomer().withNumbers("A-1"));

    CustomerView changed =
        service.replaceNumbers(
            new ReplaceCustomerNumbersCommand(c.id(), CustomerNumbers.parse("A-1, C-3"), 1));

    assertThat(changed.customerNumbers()).containsExactly("A-1", "C-3");
    assertThat(changed.version()).isEqualTo(2);
  }

  @Test
  void a_stale_change_is_refused_and_nothing_is_overwritten() {
    Customer c = world.given(aCustomer().withNumbers("A-1"));
    service.deactivate(new CustomerVersionCommand(c.id(), 1));

    assertThatThrownBy(
            () ->
                service.replaceNumbers(
                    new ReplaceCustomerNumbersCommand(c.id(), CustomerNumbers.of("X"), 1)))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.CONCURRENT_CHANGE));
    Customer stored = world.directory.findById(TENANT_A, c.id()).orElseThrow();
    assertThat(stored.numbers().asStrings()).containsExactly("A-1");
    assertThat(stored.version()).isEqualTo(2);
    assertThat(world.auditTrail.history(TENANT_A, c.id())).hasSize(1);
  }

  @Test
  void a_stale_delete_is_refused() {
    Customer c = world.given(aCustomer());

    assertThatThrownBy(() -> service.delete(new CustomerVersionCommand(c.id(), 0)))
        .isInstanceOf(ConflictException.class);
    assertThat(world.directory.findById(TENANT_A, c.id())).isPresent();
    assertThat(world.auditTrail.history(TENANT_A, c.id())).isEmpty();
  }

  @Test
  void replacing_with_a_number_another_customer_holds_is_refused() {
    world.given(aCustomer().withNumbers("TAKEN"));
    Customer c = world.given(aCustomer().withNumbers("MINE"));

    assertThatThrownBy(
            () ->
                service.replaceNumbers(
                    new ReplaceCustomerNumbersCommand(
                        c.id(), CustomerNumbers.of("MINE", "TAKEN"), 1)))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.CUSTOMER_NUMBER_TAKEN);
              assertThat(e.arguments()).containsExactly(List.of("TAKEN"));
            });
  }

  @Test
  void choosing_a_provider_is_offered_among_the_participants_providers() {
    Participant p = world.given(aParticipant().withProviders(first, second));
    Customer c = world.given(aCustomer().of(p));

    CustomerView changed =
        service.chooseProvider(new ChooseServiceProviderCommand(c.id(), second.id(), 1));

    assertThat(changed.serviceProvider()).isEqualTo(second);
    assertThatThrownBy(
            () ->
                service.chooseProvider(
                    new ChooseServiceProviderCommand(c.id(), ServiceProviderId.newId(), 2)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_NOT_REGISTERED));
  }

  @Test
  void a_dropped_provider_shows_as_no_longer_available_and_the_default_is_used() {
    Participant p = world.given(aParticipant().withProviders(first, second));
    Customer c = world.given(aCustomer().of(p).withProvider(second.id()));
    Participant stored = world.registry.findById(p.id()).orElseThrow();
    stored.update(
        stored.name(), "SE", stored.eAddress(), stored.identifiers(), List.of(first), null);
    world.registry.update(stored);

    CustomerView view = service.get(new GetCustomerQuery(c.id()));

    assertThat(view.providerUnavailable()).isTrue();
    assertThat(view.serviceProvider()).isEqualTo(first);
  }

  @Test
  void a_deactivated_participant_shows_as_non_existing() {
    Customer c = world.given(aCustomer().of(aParticipant().deactivated().build()));

    assertThat(service.get(new GetCustomerQuery(c.id())).nonExisting()).isTrue();
  }

  @Test
  void deactivate_keeps_everything_and_activate_brings_the_customer_back() {
    Customer c = world.given(aCustomer().withNumbers("A-1"));

    CustomerView inactive = service.deactivate(new CustomerVersionCommand(c.id(), 1));
    assertThat(inactive.state()).isEqualTo(CustomerState.INACTIVE);
    assertThat(inactive.customerNumbers()).containsExactly("A-1");

    CustomerView active = service.activate(new CustomerVersionCommand(c.id(), 2));
    assertThat(active.state()).isEqualTo(CustomerState.ACTIVE);
    assertThat(active.version()).isEqualTo(3);
  }

  @Test
  void a_change_that_changes_nothing_is_neither_saved_nor_recorded() {
    Customer c = world.given(aCustomer());

    CustomerView same = service.activate(new CustomerVersionCommand(c.id(), 1));

    assertThat(same.version()).isEqualTo(1);
    assertThat(world.auditTrail.history(TENANT_A, c.id())).isEmpty();
  }

  @Test
  void deleting_frees_the_numbers_and_keeps_the_history() {
    Participant p = world.given(aParticipant());
    CustomerView added = add(p, "A-1");

    service.delete(new CustomerVersionCommand(added.id(), 1));

    assertThat(world.directory.findById(TENANT_A, added.id())).isEmpty();
    assertThatThrownBy(() -> service.get(new GetCustomerQuery(added.id())))
        .isInstanceOf(NotFoundException.class);
    assertThat(service.history(new GetCustomerHistoryQuery(added.id())))
        .extracting(CustomerChange::action)
        .containsExactly(CustomerAction.DELETED, CustomerAction.CREATED);
    Participant other = world.given(aParticipant());
    assertThat(add(other, "A-1").customerNumbers()).containsExactly("A-1");
  }

  @Test
  void the_history_says_who_when_before_and_after_newest_first() {
    Participant p = world.given(aParticipant());
    CustomerView added = add(p, "A-1");
    world.clock.advance(Duration.ofMinutes(5));
    service.replaceNumbers(
        new ReplaceCustomerNumbersCommand(added.id(), CustomerNumbers.of("B-2"), 1));

    List<CustomerChange> history = service.history(new GetCustomerHistoryQuery(added.id()));

    assertThat(history)
        .extracting(CustomerChange::action)
        .containsExactly(CustomerAction.NUMBERS_REPLACED, CustomerAction.CREATED);
    CustomerChange latest = history.get(0);
    assertThat(latest.actor()).isEqualTo("editor@tenant-a");
    assertThat(latest.at()).isEqualTo(world.clock.now());
    assertThat(latest.before().customerNumbers()).containsExactly("A-1");
    assertThat(latest.after().customerNumbers()).containsExactly("B-2");
    assertThat(history.get(1).at()).isEqualTo(world.clock.now().minus(Duration.ofMinutes(5)));
  }

  @Test
  void the_history_of_an_unknown_customer_is_not_found() {
    assertThatThrownBy(() -> service.history(new GetCustomerHistoryQuery(new CustomerId("x"))))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void search_finds_by_name_number_identifier_and_provider_sorted_by_name_within_the_tenant() {
    Participant beta = world.given(aParticipant().named("Beta AB").withProviders(first));
    Participant alpha = world.given(aParticipant().named("Alpha AB").withProviders(second));
    world.given(aCustomer().of(beta).withNumbers("B-1"));
    world.given(aCustomer().of(alpha).withNumbers("A-1").inactive());
    world.given(aCustomer().inTenant(TENANT_B).withNumbers("B-1"));

    assertThat(names(null, null)).containsExactly("Alpha AB", "Beta AB");
    assertThat(names("* AB", null)).containsExactly("Alpha AB", "Beta AB");
    assertThat(names("B-1", null)).containsExactly("Beta AB");
    assertThat(names("Second*", null)).containsExactly("Alpha AB");
    assertThat(names(alpha.identifiers().get(0).value(), null)).containsExactly("Alpha AB");
    assertThat(names(null, CustomerState.INACTIVE)).containsExactly("Alpha AB");
    assertThat(names("alpha ab", null)).isEmpty();
    Page<CustomerSummary> page =
        service.search(new SearchDirectoryQuery(null, null, new PageRequest(1, 1)));
    assertThat(page.total()).isEqualTo(2);
    assertThat(page.items()).extracting(CustomerSummary::name).containsExactly("Beta AB");
    assertThat(world.directorySearch.queries()).isEqualTo(8);
  }

  private List<String> names(String query, CustomerState state) {
    SearchPattern pattern = query == null ? null : SearchPattern.parse(query, true);
    return service
        .search(new SearchDirectoryQuery(pattern, state, PageRequest.first()))
        .items()
        .stream()
        .map(CustomerSummary::name)
        .toList();
  }

  private CustomerView relink(CustomerView customer, Participant to, ServiceProviderId provider) {
    return service.relink(
        new RelinkCustomerCommand(customer.id(), to.id(), null, provider, customer.version()));
  }

  @Test
  void an_editor_relinks_a_customer_keeping_numbers_and_state_audited() {
    Participant old = world.given(aParticipant().named("Acme AB").withProviders(first, second));
    Participant moved = world.given(aParticipant().named("Acme New AB").withProviders(second));
    CustomerView customer = add(old, "A-1, B-2");
    customer = service.deactivate(new CustomerVersionCommand(customer.id(), customer.version()));

    CustomerView relinked = relink(customer, moved, null);

    assertThat(relinked.participantId()).isEqualTo(moved.id());
    assertThat(relinked.name()).isEqualTo("Acme New AB");
    assertThat(relinked.customerNumbers()).containsExactly("A-1", "B-2");
    assertThat(relinked.state()).isEqualTo(CustomerState.INACTIVE);
    assertThat(relinked.serviceProvider()).isEqualTo(second);
    assertThat(relinked.version()).isEqualTo(customer.version() + 1);
    List<CustomerChange> history = service.history(new GetCustomerHistoryQuery(customer.id()));
    assertThat(history.get(0).action()).isEqualTo(CustomerAction.RELINKED);
    assertThat(history.get(0).before().participantId()).isEqualTo(old.id());
    assertThat(history.get(0).after().participantId()).isEqualTo(moved.id());
  }

  @Test
  void relinking_by_e_address_takes_a_chosen_provider_and_the_same_one_changes_nothing() {
    Participant old = world.given(aParticipant().named("Acme AB").withProviders(first));
    Participant moved =
        world.given(aParticipant().named("Acme New AB").withProviders(first, second));
    CustomerView customer = add(old, "A-1");

    CustomerView same = relink(customer, old, null);
    assertThat(same.version()).isEqualTo(customer.version());
    CustomerView relinked =
        service.relink(
            new RelinkCustomerCommand(
                customer.id(), null, moved.eAddressText(), second.id(), customer.version()));

    assertThat(relinked.participantId()).isEqualTo(moved.id());
    assertThat(relinked.serviceProvider()).isEqualTo(second);
    assertThat(world.auditTrail.history(TENANT_A, customer.id())).hasSize(2);
  }

  @Test
  void relinking_to_a_participant_already_a_customer_or_from_a_stale_version_is_refused() {
    Participant old = world.given(aParticipant().named("Acme AB").withProviders(first));
    Participant taken = world.given(aParticipant().named("Taken AB").withProviders(first));
    CustomerView customer = add(old, "A-1");
    CustomerView other = add(taken, "T-1");

    assertThatThrownBy(() -> relink(customer, taken, null))
        .isInstanceOfSatisfying(
            CustomerExistsException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.CUSTOMER_EXISTS));
    assertThatThrownBy(
            () ->
                service.relink(
                    new RelinkCustomerCommand(
                        customer.id(), old.id(), null, null, customer.version() + 1)))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(
            () ->
                service.relink(
                    new RelinkCustomerCommand(
                        customer.id(), new ParticipantId("nope"), null, null, customer.version())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                service.relink(
                    new RelinkCustomerCommand(customer.id(), null, " ", null, customer.version())))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(
            () ->
                service.relink(
                    new RelinkCustomerCommand(
                        customer.id(), taken.id(), "0007:1", null, customer.version())))
        .isInstanceOf(ValidationException.class);
    assertThat(world.directory.findById(TENANT_A, customer.id()).orElseThrow().participantId())
        .isEqualTo(old.id());
    assertThat(other.participantId()).isEqualTo(taken.id());
  }

  @Test
  void a_viewer_may_not_relink_and_another_tenants_customer_is_not_found() {
    Participant old = world.given(aParticipant().named("Acme AB").withProviders(first));
    Participant moved = world.given(aParticipant().named("Acme New AB").withProviders(first));
    CustomerView customer = add(old, "A-1");

    world.signedInAs(InMemoryCurrentUser.viewer(TENANT_A));
    assertThatThrownBy(() -> relink(customer, moved, null)).isInstanceOf(ForbiddenException.class);
    world.signedInAs(InMemoryCurrentUser.editor(TENANT_B));
    assertThatThrownBy(() -> relink(customer, moved, null)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void the_search_passes_state_filter_order_and_language_and_summaries_carry_warnings() {
    Participant old =
        world.given(
            aParticipant()
                .named("Old Scheme Oy")
                .withEAddress("0037:01120389")
                .withProviders(first));
    world.given(aCustomer().of(old).withNumbers("O-1"));
    old.deactivate();
    world.registry.update(old);

    Page<CustomerSummary> page =
        service.search(
            new SearchDirectoryQuery(
                null,
                DirectorySearch.StateFilter.NEEDS_ATTENTION,
                DirectorySearch.Sort.NAME_DESC,
                "sv",
                PageRequest.first()));

    assertThat(page.items()).extracting(CustomerSummary::name).containsExactly("Old Scheme Oy");
    assertThat(page.items().get(0).warnings())
        .extracting(w -> w.code().name())
        .containsExactly("SCHEME_REMOVED_REPLACED");
    CustomerView view = service.get(new GetCustomerQuery(page.items().get(0).id()));
    assertThat(view.warnings()).isEqualTo(page.items().get(0).warnings());
  }

  @Test
  void alerts_are_listed_by_viewers_and_dismissed_by_editors_of_their_tenant_only() {
    Participant p = world.given(aParticipant().named("Acme AB").withProviders(first));
    world.given(aCustomer().of(p).withNumbers("A-1"));
    world.alerts.raise(
        p.id(),
        "Acme AB",
        List.of(
            new RegistryChange(
                AlertKind.PARTICIPANT_DEACTIVATED,
                Explanation.of(ExplanationCode.ALERT_PARTICIPANT_DEACTIVATED, "Acme AB"))),
        world.clock.now());
    AlertService alerts = world.alertService;

    world.signedInAs(InMemoryCurrentUser.viewer(TENANT_A));
    Alert alert = alerts.list(new ListAlertsQuery(null, PageRequest.first())).items().get(0);
    assertThatThrownBy(() -> alerts.dismiss(alert.id())).isInstanceOf(ForbiddenException.class);
    world.signedInAs(InMemoryCurrentUser.editor(TENANT_B));
    assertThatThrownBy(() -> alerts.dismiss(alert.id()))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.ALERT_NOT_FOUND));
    world.signedInAs(InMemoryCurrentUser.editor(TENANT_A));
    assertThat(alerts.dismiss(alert.id()).status()).isEqualTo(AlertStatus.DISMISSED);
    assertThat(alerts.list(new ListAlertsQuery(null, PageRequest.first())).total()).isZero();
    assertThat(alerts.list(new ListAlertsQuery(AlertStatus.DISMISSED, PageRequest.first())).items())
        .extracting(Alert::id)
        .containsExactly(alert.id());
  }
}
