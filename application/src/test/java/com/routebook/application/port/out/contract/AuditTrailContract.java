package com.routebook.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.application.port.out.AuditTrail;
import com.routebook.domain.customer.CustomerAction;
import com.routebook.domain.customer.CustomerChange;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.customer.CustomerSnapshot;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ServiceProviderId;
import com.routebook.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link AuditTrail}; each test uses fresh tenants and customers. */
public abstract class AuditTrailContract {

  private static final Instant T0 = Instant.parse("2026-02-01T12:00:00Z");
  private static final CustomerSnapshot BEFORE =
      new CustomerSnapshot(List.of("A-1"), new ServiceProviderId("sp-1"), CustomerState.ACTIVE);
  private static final CustomerSnapshot AFTER =
      new CustomerSnapshot(
          List.of("A-1", "B \"2\""), new ServiceProviderId("sp-2"), CustomerState.INACTIVE);

  protected AuditTrail trail;
  protected final TenantId tenantA = new TenantId("a-" + UUID.randomUUID());
  protected final TenantId tenantB = new TenantId("b-" + UUID.randomUUID());
  private final CustomerId customer = CustomerId.newId();

  /** The audit trail under test. */
  protected abstract AuditTrail newAuditTrail();

  @BeforeEach
  void createPort() {
    trail = newAuditTrail();
  }

  private CustomerChange change(TenantId tenant, CustomerAction action, int minute) {
    return new CustomerChange(
        tenant,
        customer,
        action,
        "eve",
        T0.plusSeconds(60L * minute),
        action == CustomerAction.CREATED ? null : BEFORE,
        action == CustomerAction.DELETED ? null : AFTER);
  }

  @Test
  void the_history_is_kept_whole_and_read_newest_first_even_after_the_customer_is_gone() {
    CustomerChange created = change(tenantA, CustomerAction.CREATED, 0);
    CustomerChange replaced = change(tenantA, CustomerAction.NUMBERS_REPLACED, 1);
    // at the same instant as the change before it: the one appended later is newer
    CustomerChange deleted = change(tenantA, CustomerAction.DELETED, 1);

    trail.append(tenantA, List.of(created));
    trail.append(tenantA, List.of(replaced, deleted));

    assertThat(trail.history(tenantA, customer)).containsExactly(deleted, replaced, created);
    assertThat(trail.history(tenantA, CustomerId.newId())).isEmpty();
  }

  @Test
  void a_relinking_is_kept_with_the_participants_before_and_after() {
    CustomerChange relinked =
        new CustomerChange(
            tenantA,
            customer,
            CustomerAction.RELINKED,
            "eve",
            T0,
            new CustomerSnapshot(
                List.of("A-1"),
                new ServiceProviderId("sp-1"),
                CustomerState.ACTIVE,
                new ParticipantId("p-old")),
            new CustomerSnapshot(
                List.of("A-1"),
                new ServiceProviderId("sp-2"),
                CustomerState.ACTIVE,
                new ParticipantId("p-new")));

    trail.append(tenantA, List.of(relinked));

    assertThat(trail.history(tenantA, customer)).containsExactly(relinked);
  }

  @Test
  void a_change_appended_later_with_an_earlier_time_is_read_in_time_order() {
    CustomerChange late = change(tenantA, CustomerAction.DEACTIVATED, 5);
    CustomerChange early = change(tenantA, CustomerAction.ACTIVATED, 3);

    trail.append(tenantA, List.of(late));
    trail.append(tenantA, List.of(early));

    assertThat(trail.history(tenantA, customer)).containsExactly(late, early);
  }

  @Test
  void an_append_with_a_change_of_another_tenant_is_refused_and_appends_nothing() {
    CustomerChange mine = change(tenantA, CustomerAction.CREATED, 0);
    CustomerChange theirs = change(tenantB, CustomerAction.CREATED, 0);

    assertThatThrownBy(() -> trail.append(tenantA, List.of(mine, theirs)))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(trail.history(tenantA, customer)).isEmpty();
    assertThat(trail.history(tenantB, customer)).isEmpty();
  }

  @Test
  void two_tenants_never_see_each_others_history() {
    CustomerChange mine = change(tenantA, CustomerAction.CREATED, 0);
    trail.append(tenantA, List.of(mine));

    assertThat(trail.history(tenantB, customer)).isEmpty();
    assertThatThrownBy(() -> trail.append(tenantB, List.of(mine)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(trail.history(tenantA, customer)).containsExactly(mine);
  }
}
