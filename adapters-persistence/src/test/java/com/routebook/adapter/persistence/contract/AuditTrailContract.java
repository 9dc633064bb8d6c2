package com.routebook.adapter.persistence.contract;

import static com.routebook.adapter.persistence.testing.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.domain.customer.CustomerAction;
import com.routebook.domain.customer.CustomerChange;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.customer.CustomerSnapshot;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.participant.ServiceProviderId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the audit history must do on every database. */
abstract class AuditTrailContract extends PersistenceTestBase {

  final CustomerId customer = CustomerId.newId();
  final CustomerSnapshot created =
      new CustomerSnapshot(
          List.of("A-1", "B \"2\""), new ServiceProviderId("sp-1"), CustomerState.ACTIVE);
  final CustomerSnapshot deactivated =
      new CustomerSnapshot(
          List.of("A-1", "B \"2\""), new ServiceProviderId("sp-1"), CustomerState.INACTIVE);

  @Test
  void changes_are_kept_whole_and_read_newest_first_even_after_the_customer_is_gone() {
    CustomerChange create =
        new CustomerChange(tenantA, customer, CustomerAction.CREATED, "editor", NOW, null, created);
    CustomerChange deactivate =
        new CustomerChange(
            tenantA,
            customer,
            CustomerAction.DEACTIVATED,
            "editor",
            NOW.plusSeconds(1),
            created,
            deactivated);
    CustomerChange delete =
        new CustomerChange(
            tenantA,
            customer,
            CustomerAction.DELETED,
            "other",
            NOW.plusSeconds(1),
            deactivated,
            null);

    auditTrail.append(tenantA, List.of(create));
    auditTrail.append(tenantA, List.of(deactivate, delete));

    assertThat(auditTrail.history(tenantA, customer)).containsExactly(delete, deactivate, create);
  }

  @Test
  void a_change_of_another_tenant_is_refused_and_nothing_is_appended() {
    CustomerChange mine =
        new CustomerChange(tenantA, customer, CustomerAction.CREATED, "editor", NOW, null, created);
    CustomerChange theirs =
        new CustomerChange(tenantB, customer, CustomerAction.CREATED, "editor", NOW, null, created);

    assertThatThrownBy(() -> auditTrail.append(tenantA, List.of(mine, theirs)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(auditTrail.history(tenantA, customer)).isEmpty();
  }

  @Test
  void another_tenant_does_not_see_the_history() {
    auditTrail.append(
        tenantA,
        List.of(
            new CustomerChange(
                tenantA, customer, CustomerAction.CREATED, "editor", NOW, null, created)));

    assertThat(auditTrail.history(tenantB, customer)).isEmpty();
  }
}
