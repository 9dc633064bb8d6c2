package com.routebook.domain.participant;

import static com.routebook.domain.participant.Participants.aParticipant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.domain.ErrorCode;
import com.routebook.domain.Input;
import com.routebook.domain.Rule;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import com.routebook.domain.identifier.EAddress;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.identifier.IdentifierScheme;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParticipantTest {

  private final ServiceProvider first = ServiceProvider.named("First");
  private final ServiceProvider second = ServiceProvider.named("Second");
  private final EAddress address = EAddress.parse("0007:5560360793");

  @Test
  void a_single_provider_is_the_default_without_being_named() {
    Participant p = Participant.register("Acme", "SE", address, List.of(), List.of(first), null);

    assertThat(p.defaultProvider()).isEqualTo(first);
    assertThat(p.offersProviderChoice()).isFalse();
    assertThat(p.isActive()).isTrue();
    assertThat(p.status()).isEqualTo(ParticipantStatus.ACTIVE);
    assertThat(p.version()).isZero();
  }

  @Test
  void several_providers_offer_a_choice_and_need_a_default_among_them() {
    Participant p =
        Participant.register("Acme", "SE", address, List.of(), List.of(first, second), second.id());

    assertThat(p.offersProviderChoice()).isTrue();
    assertThat(p.defaultProvider()).isEqualTo(second);
    assertThat(p.serviceProviders()).containsExactly(first, second);
    assertThat(p.isRegisteredWith(first.id())).isTrue();
    assertThat(p.isRegisteredWith(ServiceProviderId.newId())).isFalse();
    assertThatThrownBy(
            () ->
                Participant.register(
                    "Acme", "SE", address, List.of(), List.of(first, second), null))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        Violation.of(
                            Input.DEFAULT_SERVICE_PROVIDER,
                            Rule.DEFAULT_PROVIDER_NOT_LISTED,
                            (Object) null)));
  }

  @Test
  void every_bad_field_is_reported_at_once() {
    assertThatThrownBy(() -> Participant.register(" ", "se", null, List.of(), List.of(), null))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARTICIPANT);
              assertThat(e.violations())
                  .containsExactly(
                      Violation.of(Input.NAME, Rule.NAME_BLANK, " "),
                      Violation.of(Input.COUNTRY, Rule.COUNTRY_SHAPE, "se"),
                      Violation.of(Input.E_ADDRESS, Rule.E_ADDRESS_REQUIRED),
                      Violation.of(Input.SERVICE_PROVIDERS, Rule.PROVIDERS_REQUIRED));
            });
  }

  @Test
  void a_null_name_country_or_provider_list_is_refused() {
    assertThatThrownBy(() -> Participant.register(null, null, address, null, null, null))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::input)
                    .containsExactly(Input.NAME, Input.COUNTRY, Input.SERVICE_PROVIDERS));
  }

  @Test
  void a_provider_listed_twice_is_refused() {
    assertThatThrownBy(
            () ->
                Participant.register(
                    "Acme", "SE", address, List.of(), List.of(first, first), first.id()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(Violation.of(Input.SERVICE_PROVIDERS, Rule.PROVIDER_TWICE)));
  }

  @Test
  void deactivating_makes_it_non_existing_and_activating_brings_it_back() {
    Participant p = aParticipant().build();

    p.deactivate();
    assertThat(p.isActive()).isFalse();
    assertThat(p.status().nonExisting()).isTrue();

    p.activate();
    assertThat(p.isActive()).isTrue();
    assertThat(p.status().nonExisting()).isFalse();
  }

  @Test
  void identifiers_are_found_in_normalized_form_and_e_addresses_without_case() {
    Participant p =
        aParticipant()
            .withoutIdentifiers()
            .withIdentifier(IdentifierScheme.ORGANIZATION_NUMBER, "556036-0793")
            .withEAddress("0007:5560360793")
            .build();

    assertThat(p.hasIdentifier(new Identifier(IdentifierScheme.ORGANIZATION_NUMBER, "5560360793")))
        .isTrue();
    assertThat(p.hasIdentifier(new Identifier(IdentifierScheme.VAT, "5560360793"))).isFalse();
    assertThat(
            p.hasIdentifier(
                new Identifier(
                    IdentifierScheme.E_ADDRESS,
                    Identifier.normalize(IdentifierScheme.E_ADDRESS, "0007:5560360793"))))
        .isTrue();
    assertThat(p.allIdentifiers()).contains(p.eAddressIdentifier());
    assertThat(p.identifiers()).doesNotContain(p.eAddressIdentifier()).hasSize(1);
    assertThat(p.eAddressText()).isEqualTo("0007:5560360793");
    assertThat(p.identifier(IdentifierScheme.ORGANIZATION_NUMBER).orElseThrow().value())
        .isEqualTo("5560360793");
    assertThat(p.identifier(IdentifierScheme.GLN)).isEmpty();
  }

  @Test
  void an_e_address_differing_only_in_case_is_the_same() {
    Participant p = aParticipant().withEAddress("0088:" + Participants.gln(42)).build();
    Identifier lower =
        new Identifier(
            IdentifierScheme.E_ADDRESS,
            Identifier.normalize(IdentifierScheme.E_ADDRESS, p.eAddressText().toLowerCase()));
    assertThat(p.hasIdentifier(lower)).isTrue();
  }

  @Test
  void updating_keeps_the_rules_and_returns_copies() {
    Participant p = aParticipant().withProviders(first, second).build();

    p.update("New name", "NO", address, List.of(), List.of(second), null);

    assertThat(p.name()).isEqualTo("New name");
    assertThat(p.country()).isEqualTo("NO");
    assertThat(p.eAddress()).isEqualTo(address);
    assertThat(p.defaultProviderId()).isEqualTo(second.id());
    assertThat(p.provider(first.id())).isEmpty();
    assertThat(p.toString()).contains("New name");
    List<ServiceProvider> providers = p.serviceProviders();
    assertThatThrownBy(() -> providers.add(first))
        .isInstanceOf(UnsupportedOperationException.class);
    List<Identifier> ids = new ArrayList<>(p.identifiers());
    ids.add(p.eAddressIdentifier());
    assertThat(p.identifiers()).isEmpty();
  }

  @Test
  void reconstituting_keeps_id_status_and_version() {
    Participant stored =
        Participant.reconstitute(
            new ParticipantId("p-1"),
            "Acme",
            "SE",
            address,
            List.of(),
            List.of(first),
            first.id(),
            ParticipantStatus.DEACTIVATED,
            7);

    assertThat(stored.id()).isEqualTo(new ParticipantId("p-1"));
    assertThat(stored.status()).isEqualTo(ParticipantStatus.DEACTIVATED);
    assertThat(stored.version()).isEqualTo(7);
  }

  @Test
  void reconstituting_trusts_what_was_stored_under_older_looser_rules_and_updating_checks_again() {
    EAddress oldScheme = EAddress.stored("9999:OLD-ADDRESS");
    Participant stored =
        Participant.reconstitute(
            new ParticipantId("p-2"),
            " ",
            "se",
            oldScheme,
            List.of(),
            List.of(first, first),
            second.id(),
            ParticipantStatus.ACTIVE,
            3);

    assertThat(stored.name()).isEqualTo(" ");
    assertThat(stored.country()).isEqualTo("se");
    assertThat(stored.eAddressText()).isEqualTo("9999:OLD-ADDRESS");
    assertThat(stored.serviceProviders()).containsExactly(first, first);
    assertThat(stored.defaultProviderId()).isEqualTo(second.id());
    assertThatThrownBy(
            () -> stored.update(" ", "se", oldScheme, List.of(), List.of(first), first.id()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::input)
                    .contains(Input.NAME, Input.COUNTRY));
    assertThatThrownBy(
            () ->
                Participant.reconstitute(
                    new ParticipantId("p-3"),
                    null,
                    "SE",
                    address,
                    List.of(),
                    List.of(first),
                    first.id(),
                    ParticipantStatus.ACTIVE,
                    1))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void ids_and_providers_refuse_blank_values() {
    assertThatThrownBy(() -> new ParticipantId(" ")).hasMessageContaining("participantId");
    assertThatThrownBy(() -> new ParticipantId(null)).hasMessageContaining("participantId");
    assertThatThrownBy(() -> new ServiceProviderId("")).hasMessageContaining("serviceProviderId");
    assertThatThrownBy(() -> new ServiceProviderId(null)).hasMessageContaining("serviceProviderId");
    assertThatThrownBy(() -> ServiceProvider.named(" ")).hasMessageContaining("name");
    assertThatThrownBy(() -> ServiceProvider.named(null)).hasMessageContaining("name");
    assertThat(ServiceProvider.named(" Acme Access ").name()).isEqualTo("Acme Access");
    assertThat(ParticipantId.newId()).isNotEqualTo(ParticipantId.newId());
    assertThat(new ParticipantId("x").toString()).isEqualTo("x");
    assertThat(new ServiceProviderId("y").toString()).isEqualTo("y");
  }
}
