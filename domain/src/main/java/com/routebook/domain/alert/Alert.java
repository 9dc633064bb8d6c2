package com.routebook.domain.alert;

import com.routebook.domain.Explanation;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * An alert of one tenant's directory: what changed in the registry under one of its customers
 * (named as it was then), when, and whether an editor has dismissed it.
 */
public record Alert(
    AlertId id,
    TenantId tenantId,
    CustomerId customerId,
    String customerName,
    Instant at,
    AlertKind kind,
    Explanation detail,
    AlertStatus status) {

  public Alert {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(customerName, "customerName");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(status, "status");
  }

  /** The same alert, dismissed. */
  public Alert dismissed() {
    return new Alert(
        id, tenantId, customerId, customerName, at, kind, detail, AlertStatus.DISMISSED);
  }
}
