package com.routebook.application.port.out.contract;

import static com.routebook.application.fixture.ParticipantFixture.aParticipant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.application.port.out.ParticipantRegistry;
import com.routebook.domain.ConflictException;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.NotFoundException;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.identifier.IdentifierScheme;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ParticipantStatus;
import com.routebook.domain.participant.ServiceProvider;
import com.routebook.domain.participant.ServiceProviderId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ParticipantRegistry}. The registry is shared by all tenants, so there is
 * no tenant isolation to test; each test uses fresh names and identifiers.
 */
public abstract class ParticipantRegistryContract {

  protected ParticipantRegistry registry;
  private final String unique = UUID.randomUUID().toString().substring(0, 8);

  /** The registry under test. */
  protected abstract ParticipantRegistry newRegistry();

  @BeforeEach
  void createPort() {
    registry = newRegistry();
  }

  private Participant registered(Participant participant) {
    participant.serviceProviders().forEach(registry::addServiceProvider);
    return registry.add(participant);
  }

  private static Identifier lookup(IdentifierScheme scheme, String raw) {
    return new Identifier(scheme, Identifier.normalize(scheme, raw));
  }

  @Test
  void an_added_participant_is_stored_whole_with_version_1() {
    ServiceProvider a = ServiceProvider.named("A " + unique);
    ServiceProvider b = ServiceProvider.named("B " + unique);
    Participant p =
        aParticipant().named("Acme " + unique).withProviders(a, b).withDefault(b).build();

    Participant added = registered(p);

    assertThat(added.version()).isEqualTo(1);
    Participant found = registry.findById(p.id()).orElseThrow();
    assertThat(found.name()).isEqualTo("Acme " + unique);
    assertThat(found.country()).isEqualTo("SE");
    assertThat(found.eAddress()).isEqualTo(p.eAddress());
    assertThat(found.identifiers()).containsExactlyElementsOf(p.identifiers());
    assertThat(found.serviceProviders()).containsExactlyInAnyOrder(a, b);
    assertThat(found.defaultProviderId()).isEqualTo(b.id());
    assertThat(found.status()).isEqualTo(ParticipantStatus.ACTIVE);
    assertThat(found.version()).isEqualTo(1);
    assertThat(registry.findById(new ParticipantId("unknown-" + unique))).isEmpty();
  }

  @Test
  void participants_are_found_by_ids_and_by_normalized_identifiers_in_one_call() {
    Participant one = registered(aParticipant().build());
    Participant two = registered(aParticipant().build());
    Participant three = registered(aParticipant().build());
    String twoOrg = two.identifiers().get(0).value();

    assertThat(registry.findByIds(Set.of(one.id(), three.id())))
        .extracting(Participant::id)
        .containsExactlyInAnyOrder(one.id(), three.id());
    assertThat(
            registry.findByIdentifiers(
                Set.of(
                    lookup(
                        IdentifierScheme.ORGANIZATION_NUMBER,
                        twoOrg.substring(0, 6) + "-" + twoOrg.substring(6)),
                    lookup(IdentifierScheme.E_ADDRESS, one.eAddressText().toLowerCase()),
                    lookup(IdentifierScheme.GLN, "0000000000000"))))
        .extracting(Participant::id)
        .containsExactlyInAnyOrder(one.id(), two.id());
    assertThat(registry.findByIdentifiers(Set.of(lookup(IdentifierScheme.VAT, twoOrg)))).isEmpty();
  }

  @Test
  void deactivated_participants_are_found_too() {
    Participant gone = registered(aParticipant().deactivated().build());

    assertThat(registry.findByIdentifiers(Set.of(gone.eAddressIdentifier())))
        .extracting(Participant::status)
        .containsExactly(ParticipantStatus.DEACTIVATED);
  }

  @Test
  void an_update_is_stored_and_a_stale_one_is_refused() {
    ServiceProvider a = ServiceProvider.named("A " + unique);
    ServiceProvider b = ServiceProvider.named("B " + unique);
    Participant added = registered(aParticipant().withProviders(a, b).build());
    Participant first = registry.findById(added.id()).orElseThrow();
    Participant second = registry.findById(added.id()).orElseThrow();

    first.update(
        "Renamed " + unique, "SE", first.eAddress(), first.identifiers(), List.of(b), null);
    first.deactivate();
    Participant updated = registry.update(first);

    assertThat(updated.version()).isEqualTo(2);
    Participant found = registry.findById(added.id()).orElseThrow();
    assertThat(found.name()).isEqualTo("Renamed " + unique);
    assertThat(found.serviceProviders()).containsExactly(b);
    assertThat(found.status()).isEqualTo(ParticipantStatus.DEACTIVATED);
    second.activate();
    assertThatThrownBy(() -> registry.update(second))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.CONCURRENT_CHANGE));
    assertThat(registry.findById(added.id()).orElseThrow().status())
        .isEqualTo(ParticipantStatus.DEACTIVATED);
  }

  @Test
  void updating_an_unknown_participant_is_not_found() {
    Participant never = aParticipant().build();
    assertThatThrownBy(() -> registry.update(never))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.PARTICIPANT_NOT_FOUND));
  }

  @Test
  void service_providers_are_stored_and_listed_by_name() {
    ServiceProvider z = registry.addServiceProvider(ServiceProvider.named("Zz " + unique));
    ServiceProvider a = registry.addServiceProvider(ServiceProvider.named("Aa " + unique));

    assertThat(registry.findServiceProvider(a.id())).contains(a);
    assertThat(registry.findServiceProvider(ServiceProviderId.newId())).isEmpty();
    List<ServiceProvider> all = registry.serviceProviders();
    assertThat(all).contains(a, z);
    assertThat(all.indexOf(a)).isLessThan(all.indexOf(z));
  }
}
