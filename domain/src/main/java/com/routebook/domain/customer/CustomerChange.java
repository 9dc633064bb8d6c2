package com.routebook.domain.customer;

import com.routebook.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a customer's audit history: who changed what, when, and the customer before and
 * after ({@code before} is {@code null} on creation, {@code after} is {@code null} on deletion).
 */
public record CustomerChange(
    TenantId tenantId,
    CustomerId customerId,
    CustomerAction action,
    String actor,
    Instant at,
    CustomerSnapshot before,
    CustomerSnapshot after) {

  public CustomerChange {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
    if (before == null && action != CustomerAction.CREATED) {
      throw new IllegalArgumentException("before is required for action " + action);
    }
    if (after == null && action != CustomerAction.DELETED) {
      throw new IllegalArgumentException("after is required for action " + action);
    }
  }
}
