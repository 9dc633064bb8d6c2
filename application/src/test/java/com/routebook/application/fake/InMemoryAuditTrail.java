package com.routebook.application.fake;

import com.routebook.application.port.out.AuditTrail;
import com.routebook.domain.customer.CustomerChange;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** Every tenant's audit history in memory. */
public class InMemoryAuditTrail implements AuditTrail {

  private final List<CustomerChange> changes = new ArrayList<>();

  @Override
  public synchronized void append(TenantId tenantId, List<CustomerChange> newChanges) {
    for (CustomerChange change : newChanges) {
      if (!change.tenantId().equals(tenantId)) {
        throw new IllegalArgumentException(
            "change of tenant " + change.tenantId() + " appended for tenant " + tenantId);
      }
    }
    changes.addAll(newChanges);
  }

  @Override
  public synchronized List<CustomerChange> history(TenantId tenantId, CustomerId customerId) {
    List<CustomerChange> history =
        new ArrayList<>(
            changes.stream()
                .filter(c -> c.tenantId().equals(tenantId) && c.customerId().equals(customerId))
                .toList());
    Collections.reverse(history);
    // newest first by time; among changes of one instant, the one appended later first (stable)
    history.sort(Comparator.comparing(CustomerChange::at).reversed());
    return history;
  }
}
