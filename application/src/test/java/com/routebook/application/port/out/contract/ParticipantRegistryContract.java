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
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
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

  /**
   * A fresh E-address of scheme 0199 (legal entity identifier, ISO 17442) with lower-case letters
   * and valid check digits (ISO 7064 MOD 97-10).
   */
  private String lowerCaseLei() {
    String base = ("5493kj" + unique + "zzzz").toUpperCase(Locale.ROOT);
    StringBuilder digits = new StringBuilder();
    for (char c : (base + "00").toCharArray()) {
      digits.append(Character.digit(c, 36));
    }
    int check = 98 - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
    return "0199:" + (base + String.format("%02d", check)).toLowerCase(Locale.ROOT);
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
    assertThat(found.serviceProviders()).containsExactly(a, b);
    assertThat(found.defaultProviderId()).isEqualTo(b.id());
    assertThat(found.status()).isEqualTo(ParticipantStatus.ACTIVE);
    assertThat(found.version()).isEqualTo(1);
    assertThat(registry.findById(new ParticipantId("unknown-" + unique))).isEmpty();
  }

  @Test
  void participants_are_found_by_ids_in_one_call() {
    Participant one = registered(aParticipant().build());
    registered(aParticipant().build());
    Participant three = registered(aParticipant().build());

    assertThat(
            registry.findByIds(
                Set.of(one.id(), three.id(), new ParticipantId("unknown-" + unique))))
        .extracting(Participant::id)
        .containsExactlyInAnyOrder(one.id(), three.id());
  }

  @Test
  void an_identifier_is_found_in_its_dashed_form_and_an_e_address_in_lower_case() {
    Participant one = registered(aParticipant().build());
    Participant two = registered(aParticipant().build());
    registered(aParticipant().build());
    String twoOrg = two.identifier(IdentifierScheme.ORGANIZATION_NUMBER).orElseThrow().value();

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
  }

  @Test
  void an_identifier_of_another_scheme_with_the_same_value_does_not_match() {
    Participant p = registered(aParticipant().build());
    String org = p.identifier(IdentifierScheme.ORGANIZATION_NUMBER).orElseThrow().value();

    assertThat(registry.findByIdentifiers(Set.of(lookup(IdentifierScheme.VAT, org)))).isEmpty();
    assertThat(registry.findByIdentifiers(Set.of(lookup(IdentifierScheme.GLN, org)))).isEmpty();
    assertThat(
            registry.findByIdentifiers(Set.of(lookup(IdentifierScheme.ORGANIZATION_NUMBER, org))))
        .extracting(Participant::id)
        .containsExactly(p.id());
  }

  @Test
  void an_e_address_with_lower_case_letters_is_kept_as_given() {
    String lei = lowerCaseLei();
    Participant p = registered(aParticipant().withEAddress(lei).build());

    Participant found = registry.findById(p.id()).orElseThrow();

    assertThat(found.eAddressText()).isEqualTo(lei);
    assertThat(found.eAddress().value()).isEqualTo(lei.substring(5));
    assertThat(
            registry.findByIdentifiers(
                Set.of(lookup(IdentifierScheme.E_ADDRESS, lei.toUpperCase(Locale.ROOT)))))
        .extracting(Participant::id)
        .containsExactly(p.id());
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

    first.update("Renamed " + unique, "SE", first.eAddress(), List.of(), List.of(b), null);
    first.deactivate();
    Participant updated = registry.update(first);

    assertThat(updated.version()).isEqualTo(2);
    Participant found = registry.findById(added.id()).orElseThrow();
    assertThat(found.name()).isEqualTo("Renamed " + unique);
    assertThat(found.identifiers()).isEmpty();
    assertThat(found.serviceProviders()).containsExactly(b);
    assertThat(found.defaultProviderId()).isEqualTo(b.id());
    assertThat(found.status()).isEqualTo(ParticipantStatus.DEACTIVATED);
    assertThat(found.version()).isEqualTo(2);
    second.update("Stale " + unique, "SE", second.eAddress(), List.of(), List.of(a), null);
    assertThatThrownBy(() -> registry.update(second))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.CONCURRENT_CHANGE));
    Participant unchanged = registry.findById(added.id()).orElseThrow();
    assertThat(unchanged.name()).isEqualTo("Renamed " + unique);
    assertThat(unchanged.status()).isEqualTo(ParticipantStatus.DEACTIVATED);
    assertThat(unchanged.version()).isEqualTo(2);
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
    ServiceProvider m = registry.addServiceProvider(ServiceProvider.named("Mm " + unique));

    assertThat(registry.findServiceProvider(a.id())).contains(a);
    assertThat(registry.findServiceProvider(ServiceProviderId.newId())).isEmpty();
    List<ServiceProvider> all = registry.serviceProviders();
    assertThat(all).filteredOn(p -> p.name().endsWith(unique)).containsExactly(a, m, z);
  }
}
