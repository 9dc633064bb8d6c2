package com.routebook.adapter.persistence.contract;

import static com.routebook.adapter.persistence.testing.Fixtures.participant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.domain.ConflictException;
import com.routebook.domain.NotFoundException;
import com.routebook.domain.identifier.EAddress;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.identifier.IdentifierScheme;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ServiceProvider;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the public customer registry must do on every database. */
abstract class ParticipantRegistryContract extends PersistenceTestBase {

  ServiceProvider pagero;
  ServiceProvider crediflow;

  @BeforeEach
  void providers() {
    pagero = registry.addServiceProvider(ServiceProvider.named("Pagero"));
    crediflow = registry.addServiceProvider(ServiceProvider.named("Crediflow"));
  }

  @Test
  void a_new_participant_is_stored_with_version_1_and_read_back_whole() {
    Participant stored = registry.add(participant("Acme Paper AB", pagero, crediflow));

    Participant read = registry.findById(stored.id()).orElseThrow();

    assertThat(stored.version()).isEqualTo(1);
    assertThat(read.version()).isEqualTo(1);
    assertThat(read.name()).isEqualTo("Acme Paper AB");
    assertThat(read.country()).isEqualTo("SE");
    assertThat(read.eAddress()).isEqualTo(stored.eAddress());
    assertThat(read.identifiers()).isEqualTo(stored.identifiers());
    assertThat(read.serviceProviders()).containsExactly(pagero, crediflow);
    assertThat(read.defaultProviderId()).isEqualTo(pagero.id());
    assertThat(read.isActive()).isTrue();
  }

  @Test
  void an_update_increments_the_version_and_replaces_identifiers_and_providers() {
    Participant stored = registry.add(participant("Acme Paper AB", pagero, crediflow));
    Participant changed = registry.findById(stored.id()).orElseThrow();
    changed.update(
        "Acme Paper Group AB", "SE", changed.eAddress(), List.of(), List.of(crediflow), null);
    changed.deactivate();

    Participant saved = registry.update(changed);
    Participant read = registry.findById(stored.id()).orElseThrow();

    assertThat(saved.version()).isEqualTo(2);
    assertThat(read.version()).isEqualTo(2);
    assertThat(read.name()).isEqualTo("Acme Paper Group AB");
    assertThat(read.identifiers()).isEmpty();
    assertThat(read.serviceProviders()).containsExactly(crediflow);
    assertThat(read.defaultProviderId()).isEqualTo(crediflow.id());
    assertThat(read.isActive()).isFalse();
  }

  @Test
  void an_update_based_on_a_stale_version_is_refused_and_changes_nothing() {
    Participant stored = registry.add(participant("Acme Paper AB", pagero));
    Participant first = registry.findById(stored.id()).orElseThrow();
    Participant second = registry.findById(stored.id()).orElseThrow();
    first.deactivate();
    registry.update(first);
    second.update("Stale Name AB", "SE", second.eAddress(), List.of(), List.of(pagero), null);

    assertThatThrownBy(() -> registry.update(second))
        .isInstanceOf(ConflictException.class)
        .extracting(e -> ((ConflictException) e).code())
        .isEqualTo(ConflictException.CONCURRENT_CHANGE);
    Participant read = registry.findById(stored.id()).orElseThrow();
    assertThat(read.name()).isEqualTo("Acme Paper AB");
    assertThat(read.version()).isEqualTo(2);
    assertThat(read.identifiers()).hasSize(2);
  }

  @Test
  void updating_an_unknown_participant_is_not_found() {
    Participant never = participant("Never Stored AB", pagero);

    assertThatThrownBy(() -> registry.update(never)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void identifiers_are_found_in_normalized_form_and_e_addresses_without_regard_to_case() {
    Participant acme = registry.add(participant("Acme Paper AB", pagero));
    Participant nordic = registry.add(participant("Nordic Parts AS", pagero));
    registry.add(participant("Unrelated AB", pagero));
    String acmeNumber = acme.identifier(IdentifierScheme.ORGANIZATION_NUMBER).orElseThrow().value();
    Identifier acmeDashed =
        new Identifier(
            IdentifierScheme.ORGANIZATION_NUMBER,
            Identifier.normalize(
                IdentifierScheme.ORGANIZATION_NUMBER,
                acmeNumber.substring(0, 6) + "-" + acmeNumber.substring(6)));
    Identifier nordicAddress =
        new Identifier(
            IdentifierScheme.E_ADDRESS,
            Identifier.normalize(IdentifierScheme.E_ADDRESS, nordic.eAddressText().toLowerCase()));

    List<Participant> found = registry.findByIdentifiers(Set.of(acmeDashed, nordicAddress));

    assertThat(found).extracting(Participant::id).containsExactlyInAnyOrder(acme.id(), nordic.id());
  }

  @Test
  void an_identifier_of_another_scheme_with_the_same_value_does_not_match() {
    Participant acme = registry.add(participant("Acme Paper AB", pagero));
    String number = acme.identifier(IdentifierScheme.ORGANIZATION_NUMBER).orElseThrow().value();

    assertThat(registry.findByIdentifiers(Set.of(new Identifier(IdentifierScheme.GLN, number))))
        .isEmpty();
  }

  @Test
  void participants_are_found_by_ids_in_one_call() {
    Participant a = registry.add(participant("Acme Paper AB", pagero));
    Participant b = registry.add(participant("Nordic Parts AS", pagero));

    assertThat(registry.findByIds(Set.of(a.id(), b.id(), ParticipantId.newId())))
        .extracting(Participant::id)
        .containsExactly(a.id(), b.id());
  }

  @Test
  void service_providers_are_listed_by_name_and_found_by_id() {
    assertThat(registry.serviceProviders()).containsExactly(crediflow, pagero);
    assertThat(registry.findServiceProvider(pagero.id())).contains(pagero);
  }

  @Test
  void a_participant_keeps_an_e_address_with_lower_case_letters_as_given() {
    Participant p =
        Participant.register(
            "Email Style AB",
            "SE",
            EAddress.parse("0199:5493001kjtiigc8y1r12"),
            List.of(),
            List.of(pagero),
            null);
    registry.add(p);

    assertThat(registry.findById(p.id()).orElseThrow().eAddressText()).isEqualTo(p.eAddressText());
  }
}
