package com.routebook.domain.alert;

import static com.routebook.domain.participant.Participants.aParticipant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.domain.Explanation;
import com.routebook.domain.ExplanationCode;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.identifier.EAddress;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.identifier.IdentifierScheme;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.Participants;
import com.routebook.domain.participant.ServiceProvider;
import com.routebook.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryChangeTest {

  private final ServiceProvider first = ServiceProvider.named("First");
  private final ServiceProvider second = ServiceProvider.named("Second");
  private final Participant acme =
      aParticipant().named("Acme AB").withProviders(first, second).build();

  private void update(
      Participant participant,
      String name,
      String eAddress,
      List<Identifier> identifiers,
      List<ServiceProvider> providers) {
    participant.update(
        name, "SE", EAddress.parse(eAddress), identifiers, providers, providers.get(0).id());
  }

  @Test
  void nothing_watched_changed_raises_nothing_not_even_a_new_name_or_provider() {
    RegistryChange.Watched before = RegistryChange.watch(acme);
    ServiceProvider third = ServiceProvider.named("Third");

    update(
        acme,
        "Acme Renamed AB",
        acme.eAddressText(),
        acme.identifiers(),
        List.of(first, second, third));

    assertThat(before.changesTo(acme)).isEmpty();
  }

  @Test
  void deactivating_and_reactivating_are_alerted_with_the_participants_name() {
    RegistryChange.Watched active = RegistryChange.watch(acme);
    acme.deactivate();
    assertThat(active.changesTo(acme))
        .containsExactly(
            new RegistryChange(
                AlertKind.PARTICIPANT_DEACTIVATED,
                Explanation.of(ExplanationCode.ALERT_PARTICIPANT_DEACTIVATED, "Acme AB")));

    RegistryChange.Watched deactivated = RegistryChange.watch(acme);
    acme.activate();
    assertThat(deactivated.changesTo(acme))
        .containsExactly(
            new RegistryChange(
                AlertKind.PARTICIPANT_REACTIVATED,
                Explanation.of(ExplanationCode.ALERT_PARTICIPANT_REACTIVATED, "Acme AB")));
  }

  @Test
  void each_removed_provider_is_alerted_and_a_new_e_address_with_new_identifiers_once() {
    RegistryChange.Watched before = RegistryChange.watch(acme);
    String oldAddress = acme.eAddressText();
    String org = Participants.swedishOrganizationNumber(4242);
    Identifier newOrg = Identifier.of(IdentifierScheme.ORGANIZATION_NUMBER, org, "SE");
    String oldIdentifiers =
        acme.identifiers().get(0).scheme() + " " + acme.identifiers().get(0).value();
    ServiceProvider third = ServiceProvider.named("Third");

    update(acme, "Acme AB", "0007:" + org, List.of(newOrg), List.of(third));

    assertThat(before.changesTo(acme))
        .containsExactly(
            new RegistryChange(
                AlertKind.PROVIDER_REMOVED,
                Explanation.of(ExplanationCode.ALERT_PROVIDER_REMOVED, "Acme AB", "First")),
            new RegistryChange(
                AlertKind.PROVIDER_REMOVED,
                Explanation.of(ExplanationCode.ALERT_PROVIDER_REMOVED, "Acme AB", "Second")),
            new RegistryChange(
                AlertKind.PARTICIPANT_CHANGED,
                Explanation.of(
                    ExplanationCode.ALERT_E_ADDRESS_AND_IDENTIFIERS_CHANGED,
                    "Acme AB",
                    oldAddress,
                    "0007:" + org,
                    oldIdentifiers,
                    "ORGANIZATION_NUMBER " + org)));
  }

  @Test
  void a_new_e_address_alone_and_new_identifiers_alone_are_alerted_each_as_what_it_is() {
    String oldAddress = acme.eAddressText();
    List<Identifier> oldIdentifiers = acme.identifiers();
    String org = Participants.swedishOrganizationNumber(4343);
    RegistryChange.Watched before = RegistryChange.watch(acme);

    update(acme, "Acme AB", "0007:" + org, oldIdentifiers, List.of(first, second));

    assertThat(before.changesTo(acme))
        .containsExactly(
            new RegistryChange(
                AlertKind.PARTICIPANT_CHANGED,
                Explanation.of(
                    ExplanationCode.ALERT_E_ADDRESS_CHANGED,
                    "Acme AB",
                    oldAddress,
                    "0007:" + org)));

    RegistryChange.Watched moved = RegistryChange.watch(acme);
    Identifier newOrg = Identifier.of(IdentifierScheme.ORGANIZATION_NUMBER, org, "SE");
    update(acme, "Acme AB", "0007:" + org, List.of(newOrg), List.of(first, second));

    assertThat(moved.changesTo(acme))
        .containsExactly(
            new RegistryChange(
                AlertKind.PARTICIPANT_CHANGED,
                Explanation.of(
                    ExplanationCode.ALERT_IDENTIFIERS_CHANGED,
                    "Acme AB",
                    oldIdentifiers.get(0).scheme() + " " + oldIdentifiers.get(0).value(),
                    "ORGANIZATION_NUMBER " + org)));
  }

  @Test
  void a_change_and_an_alert_need_every_part_and_a_dismissed_alert_keeps_the_rest() {
    Explanation detail = Explanation.of(ExplanationCode.ALERT_PARTICIPANT_REACTIVATED, "A");
    assertThatThrownBy(() -> new RegistryChange(null, detail)).hasMessageContaining("kind");
    assertThatThrownBy(() -> new RegistryChange(AlertKind.PROVIDER_REMOVED, null))
        .hasMessageContaining("detail");
    assertThatThrownBy(() -> new AlertId(" ")).hasMessageContaining("alertId");
    assertThatThrownBy(() -> new AlertId(null)).hasMessageContaining("alertId");
    assertThat(new AlertId("7")).hasToString("7");

    Alert alert =
        new Alert(
            new AlertId("1"),
            new TenantId("t"),
            CustomerId.newId(),
            "Acme AB",
            Instant.EPOCH,
            AlertKind.PARTICIPANT_REACTIVATED,
            detail,
            AlertStatus.OPEN);
    Alert dismissed = alert.dismissed();
    assertThat(dismissed.status()).isEqualTo(AlertStatus.DISMISSED);
    assertThat(dismissed).usingRecursiveComparison().ignoringFields("status").isEqualTo(alert);
    assertThatThrownBy(
            () ->
                new Alert(
                    alert.id(),
                    alert.tenantId(),
                    alert.customerId(),
                    null,
                    alert.at(),
                    alert.kind(),
                    detail,
                    AlertStatus.OPEN))
        .hasMessageContaining("customerName");
  }
}
