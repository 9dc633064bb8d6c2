package com.routebook.application.port.out.contract;

import static com.routebook.application.fixture.CustomerFixture.aCustomer;
import static com.routebook.application.fixture.ParticipantFixture.aParticipant;
import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.out.CustomerDirectory;
import com.routebook.application.port.out.DirectoryAlerts;
import com.routebook.application.port.out.ParticipantRegistry;
import com.routebook.domain.Explanation;
import com.routebook.domain.ExplanationCode;
import com.routebook.domain.alert.Alert;
import com.routebook.domain.alert.AlertId;
import com.routebook.domain.alert.AlertKind;
import com.routebook.domain.alert.AlertStatus;
import com.routebook.domain.alert.RegistryChange;
import com.routebook.domain.customer.Customer;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ServiceProvider;
import com.routebook.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link DirectoryAlerts}: alerts raised for every tenant holding a participant,
 * listed newest first per tenant and status, dismissed inside the tenant only. Each test uses fresh
 * tenants and participants.
 */
public abstract class DirectoryAlertsContract {

  private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

  protected ParticipantRegistry registry;
  protected CustomerDirectory directory;
  protected DirectoryAlerts alerts;
  protected final TenantId tenantA = new TenantId("a-" + UUID.randomUUID());
  protected final TenantId tenantB = new TenantId("b-" + UUID.randomUUID());
  protected final TenantId tenantC = new TenantId("c-" + UUID.randomUUID());
  private final ServiceProvider pagero = ServiceProvider.named("Pagero");

  /** The registry and the directories the alerts read. */
  protected abstract DirectoryStores newStores();

  /** The alerts under test, over the same store. */
  protected abstract DirectoryAlerts newAlerts(DirectoryStores stores);

  @BeforeEach
  void createPorts() {
    DirectoryStores stores = newStores();
    registry = stores.registry();
    directory = stores.directory();
    alerts = newAlerts(stores);
    registry.addServiceProvider(pagero);
  }

  private Participant participant(String name) {
    return registry.add(aParticipant().named(name).withProviders(pagero).build());
  }

  private Customer customerOf(TenantId tenant, Participant participant, String number) {
    return directory.add(
        tenant, aCustomer().inTenant(tenant).of(participant).withNumbers(number).build());
  }

  private static RegistryChange deactivated(String name) {
    return new RegistryChange(
        AlertKind.PARTICIPANT_DEACTIVATED,
        Explanation.of(ExplanationCode.ALERT_PARTICIPANT_DEACTIVATED, name));
  }

  private static RegistryChange providerRemoved(String name) {
    return new RegistryChange(
        AlertKind.PROVIDER_REMOVED,
        Explanation.of(ExplanationCode.ALERT_PROVIDER_REMOVED, name, "Pagero \"old\""));
  }

  private List<Alert> open(TenantId tenant) {
    return alerts.list(tenant, AlertStatus.OPEN, PageRequest.first()).items();
  }

  @Test
  void a_change_is_raised_for_every_tenant_holding_the_participant_and_only_for_them() {
    Participant acme = participant("Acme AB");
    Participant other = participant("Other AB");
    Customer mine = customerOf(tenantA, acme, "A-1");
    Customer theirs = customerOf(tenantB, acme, "A-1");
    customerOf(tenantC, other, "O-1");

    int raised = alerts.raise(acme.id(), "Acme AB", List.of(deactivated("Acme AB")), T0);

    assertThat(raised).isEqualTo(2);
    Alert alert = open(tenantA).get(0);
    assertThat(open(tenantA)).hasSize(1);
    assertThat(alert.tenantId()).isEqualTo(tenantA);
    assertThat(alert.customerId()).isEqualTo(mine.id());
    assertThat(alert.customerName()).isEqualTo("Acme AB");
    assertThat(alert.at()).isEqualTo(T0);
    assertThat(alert.kind()).isEqualTo(AlertKind.PARTICIPANT_DEACTIVATED);
    assertThat(alert.detail()).isEqualTo(deactivated("Acme AB").detail());
    assertThat(alert.status()).isEqualTo(AlertStatus.OPEN);
    assertThat(open(tenantB)).extracting(Alert::customerId).containsExactly(theirs.id());
    assertThat(open(tenantC)).isEmpty();
    assertThat(alerts.find(tenantA, alert.id())).contains(alert);
    assertThat(alerts.find(tenantB, alert.id())).isEmpty();
  }

  @Test
  void a_participant_no_one_holds_raises_nothing() {
    Participant lonely = participant("Lonely AB");

    assertThat(alerts.raise(lonely.id(), "Lonely AB", List.of(deactivated("Lonely AB")), T0))
        .isZero();
    assertThat(open(tenantA)).isEmpty();
  }

  @Test
  void alerts_list_newest_first_then_latest_raised_first_in_pages_with_the_total() {
    Participant acme = participant("Acme AB");
    customerOf(tenantA, acme, "A-1");
    alerts.raise(acme.id(), "Acme AB", List.of(deactivated("Acme AB")), T0);
    alerts.raise(
        acme.id(),
        "Acme AB",
        List.of(providerRemoved("Acme AB"), deactivated("Acme AB")),
        T0.plusSeconds(60));
    alerts.raise(acme.id(), "Acme AB", List.of(providerRemoved("Acme AB")), T0.minusSeconds(60));

    Page<Alert> first = alerts.list(tenantA, AlertStatus.OPEN, new PageRequest(0, 2));
    Page<Alert> second = alerts.list(tenantA, AlertStatus.OPEN, new PageRequest(1, 2));

    assertThat(first.total()).isEqualTo(4);
    assertThat(first.items())
        .extracting(Alert::at, Alert::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                T0.plusSeconds(60), AlertKind.PARTICIPANT_DEACTIVATED),
            org.assertj.core.groups.Tuple.tuple(T0.plusSeconds(60), AlertKind.PROVIDER_REMOVED));
    assertThat(second.items()).extracting(Alert::at).containsExactly(T0, T0.minusSeconds(60));
    assertThat(second.items().get(1).detail()).isEqualTo(providerRemoved("Acme AB").detail());
  }

  @Test
  void a_dismissed_alert_leaves_the_open_ones_and_only_its_tenant_dismisses_it() {
    Participant acme = participant("Acme AB");
    customerOf(tenantA, acme, "A-1");
    customerOf(tenantB, acme, "B-1");
    alerts.raise(acme.id(), "Acme AB", List.of(deactivated("Acme AB")), T0);
    AlertId mine = open(tenantA).get(0).id();
    AlertId theirs = open(tenantB).get(0).id();

    assertThat(alerts.dismiss(tenantA, theirs)).isEmpty();
    Alert dismissed = alerts.dismiss(tenantA, mine).orElseThrow();

    assertThat(dismissed.status()).isEqualTo(AlertStatus.DISMISSED);
    assertThat(open(tenantA)).isEmpty();
    assertThat(alerts.list(tenantA, AlertStatus.DISMISSED, PageRequest.first()).items())
        .containsExactly(dismissed);
    assertThat(alerts.find(tenantA, mine)).contains(dismissed);
    assertThat(open(tenantB)).extracting(Alert::id).containsExactly(theirs);
    assertThat(alerts.dismiss(tenantA, mine)).contains(dismissed);
    assertThat(alerts.dismiss(tenantA, new AlertId("999999999"))).isEmpty();
  }
}
