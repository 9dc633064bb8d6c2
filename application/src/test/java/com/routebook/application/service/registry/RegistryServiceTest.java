package com.routebook.application.service.registry;

import static com.routebook.application.fixture.CustomerFixture.TENANT_A;
import static com.routebook.application.fixture.CustomerFixture.TENANT_B;
import static com.routebook.application.fixture.ParticipantFixture.aParticipant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.routebook.application.fake.InMemoryCurrentUser;
import com.routebook.application.fixture.TestWorld;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.in.directory.ListAlertsUseCase;
import com.routebook.application.port.in.registry.ParticipantData;
import com.routebook.application.port.in.registry.ParticipantData.RawIdentifier;
import com.routebook.application.port.in.registry.SearchRegistryUseCase.SearchRegistryQuery;
import com.routebook.application.port.in.registry.UpdateParticipantUseCase.UpdateParticipantCommand;
import com.routebook.application.port.out.RegistrySearch.ParticipantSummary;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.ExplanationCode;
import com.routebook.domain.ForbiddenException;
import com.routebook.domain.Input;
import com.routebook.domain.NotFoundException;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import com.routebook.domain.alert.Alert;
import com.routebook.domain.alert.AlertKind;
import com.routebook.domain.identifier.IdentifierScheme;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ParticipantStatus;
import com.routebook.domain.participant.ServiceProvider;
import com.routebook.domain.participant.ServiceProviderId;
import com.routebook.domain.search.SearchPattern;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegistryServiceTest {

  private final TestWorld world = new TestWorld();
  private final RegistryService service = world.registryService;
  private ServiceProvider provider;

  @BeforeEach
  void signInAsAdministrator() {
    world.signedInAs(InMemoryCurrentUser.networkAdmin());
    provider = service.register("Pagero Access");
  }

  private ParticipantData acme(String orgNumber) {
    return new ParticipantData(
        "Acme AB",
        "SE",
        "0007:5560360793",
        List.of(new RawIdentifier(IdentifierScheme.ORGANIZATION_NUMBER, orgNumber)),
        List.of(provider.id()),
        null);
  }

  @Test
  void an_administrator_registers_a_participant_with_validated_normalized_identifiers() {
    Participant p = service.register(acme("556036-0793"));

    assertThat(p.name()).isEqualTo("Acme AB");
    assertThat(p.identifiers()).extracting(i -> i.value()).containsExactly("5560360793");
    assertThat(p.defaultProvider()).isEqualTo(provider);
    assertThat(p.version()).isEqualTo(1);
    assertThat(service.get(p.id()).name()).isEqualTo("Acme AB");
  }

  @Test
  void a_bad_identifier_or_e_address_is_refused_before_anything_is_saved() {
    ParticipantData bad =
        new ParticipantData(
            "Acme AB",
            "SE",
            "0007:123",
            List.of(new RawIdentifier(IdentifierScheme.ORGANIZATION_NUMBER, "5560360794")),
            List.of(provider.id()),
            null);

    assertThatThrownBy(() -> service.register(bad))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_IDENTIFIER);
              assertThat(e.violations()).hasSize(2);
            });
    assertThat(world.registrySearch.search(null, PageRequest.first()).total()).isZero();
  }

  @Test
  void an_unknown_provider_is_refused() {
    ParticipantData data =
        new ParticipantData(
            "Acme AB",
            "SE",
            "0007:5560360793",
            List.of(),
            List.of(ServiceProviderId.newId()),
            null);

    assertThatThrownBy(() -> service.register(data))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARTICIPANT);
              assertThat(e.violations())
                  .extracting(Violation::input, Violation::item)
                  .containsExactly(tuple(Input.SERVICE_PROVIDERS, 0));
            });
  }

  @Test
  void an_update_replaces_the_data_and_a_status_change_makes_it_non_existing() {
    Participant p = service.register(acme("5560360793"));
    ServiceProvider other = service.register("Other Access");

    Participant updated =
        service.update(
            new UpdateParticipantCommand(
                p.id(),
                new ParticipantData(
                    "Acme Group AB",
                    "SE",
                    "0007:5560360793",
                    List.of(),
                    List.of(provider.id(), other.id()),
                    other.id())));

    assertThat(updated.name()).isEqualTo("Acme Group AB");
    assertThat(updated.defaultProvider()).isEqualTo(other);
    assertThat(updated.version()).isEqualTo(2);
    assertThat(service.deactivate(p.id()).status()).isEqualTo(ParticipantStatus.DEACTIVATED);
    assertThat(service.activate(p.id()).status()).isEqualTo(ParticipantStatus.ACTIVE);
  }

  @Test
  void deactivating_reactivating_and_a_new_e_address_alert_the_tenants_holding_the_participant() {
    Participant p = service.register(acme("5560360793"));
    world.directory.add(
        TENANT_A,
        com.routebook.application.fixture.CustomerFixture.aCustomer()
            .inTenant(TENANT_A)
            .of(p)
            .withNumbers("A-1")
            .build());

    service.deactivate(p.id());
    service.activate(p.id());
    service.update(
        new UpdateParticipantCommand(
            p.id(),
            new ParticipantData(
                "Acme AB", "SE", "0007:5560360793", List.of(), List.of(provider.id()), null)));
    service.update(
        new UpdateParticipantCommand(
            p.id(),
            new ParticipantData(
                "Acme AB",
                "SE",
                "0007:"
                    + com.routebook.application.fixture.ValidIdentifiers
                        .nextSwedishOrganizationNumber(),
                List.of(),
                List.of(provider.id()),
                null)));

    world.signedInAs(InMemoryCurrentUser.viewer(TENANT_A));
    List<Alert> alerts =
        world
            .alertService
            .list(new ListAlertsUseCase.ListAlertsQuery(null, PageRequest.first()))
            .items();
    assertThat(alerts)
        .extracting(Alert::kind)
        .containsExactly(
            AlertKind.PARTICIPANT_CHANGED,
            AlertKind.PARTICIPANT_CHANGED,
            AlertKind.PARTICIPANT_REACTIVATED,
            AlertKind.PARTICIPANT_DEACTIVATED);
    assertThat(alerts.get(0).detail().code()).isEqualTo(ExplanationCode.ALERT_E_ADDRESS_CHANGED);
    assertThat(alerts.get(1).detail().code()).isEqualTo(ExplanationCode.ALERT_IDENTIFIERS_CHANGED);
    assertThat(alerts.get(0).at()).isEqualTo(world.clock.now());
    world.signedInAs(InMemoryCurrentUser.viewer(TENANT_B));
    assertThat(
            world
                .alertService
                .list(new ListAlertsUseCase.ListAlertsQuery(null, PageRequest.first()))
                .total())
        .isZero();
  }

  @Test
  void a_new_e_address_and_new_identifiers_in_one_update_raise_one_alert_per_customer() {
    Participant p = service.register(acme("5560360793"));
    world.directory.add(
        TENANT_A,
        com.routebook.application.fixture.CustomerFixture.aCustomer()
            .inTenant(TENANT_A)
            .of(p)
            .withNumbers("A-1")
            .build());
    String moved =
        com.routebook.application.fixture.ValidIdentifiers.nextSwedishOrganizationNumber();

    service.update(
        new UpdateParticipantCommand(
            p.id(),
            new ParticipantData(
                "Acme AB",
                "SE",
                "0007:" + moved,
                List.of(new RawIdentifier(IdentifierScheme.ORGANIZATION_NUMBER, moved)),
                List.of(provider.id()),
                null)));

    world.signedInAs(InMemoryCurrentUser.viewer(TENANT_A));
    List<Alert> alerts =
        world
            .alertService
            .list(new ListAlertsUseCase.ListAlertsQuery(null, PageRequest.first()))
            .items();
    assertThat(alerts).hasSize(1);
    assertThat(alerts.get(0).kind()).isEqualTo(AlertKind.PARTICIPANT_CHANGED);
    assertThat(alerts.get(0).detail().code())
        .isEqualTo(ExplanationCode.ALERT_E_ADDRESS_AND_IDENTIFIERS_CHANGED);
    assertThat(alerts.get(0).detail().arguments())
        .hasSize(5)
        .contains("0007:5560360793", "0007:" + moved);
  }

  @Test
  void an_unknown_participant_is_not_found() {
    ParticipantId unknown = new ParticipantId("nope");
    assertThatThrownBy(() -> service.get(unknown))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.PARTICIPANT_NOT_FOUND));
    assertThatThrownBy(() -> service.deactivate(unknown)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void every_user_reads_the_registry_but_only_administrators_change_it() {
    Participant p = world.given(aParticipant().named("Zeta Oy"));
    world.signedInAs(InMemoryCurrentUser.editor(TENANT_A));

    assertThat(
            service
                .search(
                    new SearchRegistryQuery(
                        SearchPattern.parse("Zeta*", true), PageRequest.first()))
                .items())
        .extracting(ParticipantSummary::name)
        .containsExactly("Zeta Oy");
    assertThat(service.get(p.id()).id()).isEqualTo(p.id());
    assertThat(service.list()).isNotEmpty();
    assertThatThrownBy(() -> service.register(acme("5560360793")))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> service.deactivate(p.id())).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> service.register("X")).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(
            () -> service.update(new UpdateParticipantCommand(p.id(), acme("5560360793"))))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void service_providers_are_listed_by_name_and_need_a_name() {
    service.register("Alpha Access");

    assertThat(service.list())
        .extracting(ServiceProvider::name)
        .containsExactly("Alpha Access", "Pagero Access");
    assertThatThrownBy(() -> service.register(" ")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> service.register((String) null))
        .isInstanceOf(ValidationException.class);
  }
}
