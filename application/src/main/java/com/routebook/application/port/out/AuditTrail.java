package com.routebook.application.port.out;

import com.routebook.domain.customer.CustomerChange;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.tenant.TenantId;
import java.util.List;

/**
 * The audit history of each tenant's directory: every change to a customer, who made it, when, and
 * the customer before and after. Entries are never changed and outlive deleted customers.
 */
public interface AuditTrail {

  /**
   * Appends changes of the tenant's customers, in order.
   *
   * @throws IllegalArgumentException if a change belongs to another tenant
   */
  void append(TenantId tenantId, List<CustomerChange> changes);

  /** The history of one of the tenant's customers, newest first. */
  List<CustomerChange> history(TenantId tenantId, CustomerId customerId);
}
