package com.routebook.adapter.persistence.port;

import com.routebook.adapter.persistence.audit.JpaAuditTrail;
import com.routebook.adapter.persistence.testing.JpaTestSupport;
import com.routebook.adapter.persistence.testing.TestDatabase;
import com.routebook.application.port.out.AuditTrail;
import com.routebook.application.port.out.contract.AuditTrailContract;
import org.junit.jupiter.api.AfterEach;

class PostgresAuditTrailContractTest extends AuditTrailContract {

  private JpaTestSupport jpa;

  @Override
  protected AuditTrail newAuditTrail() {
    jpa = ContractDatabase.open(TestDatabase.postgresql(), tenantA, tenantB);
    return jpa.port(AuditTrail.class, new JpaAuditTrail(jpa.entityManager()));
  }

  @AfterEach
  void close() {
    jpa.close();
  }
}
