package com.routebook.application.fake;

import com.routebook.application.port.out.ImportWrites;
import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerChange;
import com.routebook.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.List;

/**
 * Import writes into the in-memory directory and audit trail, held back until the session commits
 * (a session closed without commit leaves both untouched).
 */
public class InMemoryImportWrites implements ImportWrites {

  private final InMemoryCustomerDirectory directory;
  private final InMemoryAuditTrail auditTrail;

  public InMemoryImportWrites(InMemoryCustomerDirectory directory, InMemoryAuditTrail auditTrail) {
    this.directory = directory;
    this.auditTrail = auditTrail;
  }

  @Override
  public Session open(TenantId tenantId) {
    List<Customer> added = new ArrayList<>();
    List<Customer> updated = new ArrayList<>();
    List<CustomerChange> changes = new ArrayList<>();
    return new Session() {
      @Override
      public void add(List<Customer> customers) {
        added.addAll(customers);
      }

      @Override
      public void update(List<Customer> customers) {
        updated.addAll(customers);
      }

      @Override
      public void audit(List<CustomerChange> newChanges) {
        changes.addAll(newChanges);
      }

      @Override
      public void commit() {
        added.forEach(c -> directory.add(tenantId, c));
        updated.forEach(c -> directory.update(tenantId, c));
        auditTrail.append(tenantId, changes);
      }

      @Override
      public void close() {}
    };
  }
}
