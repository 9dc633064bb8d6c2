package com.routebook.adapter.persistence.port;

import com.routebook.adapter.persistence.audit.JpaAuditTrail;
import com.routebook.adapter.persistence.testing.DatabaseKind;
import com.routebook.adapter.persistence.testing.OnEachDatabase;
import com.routebook.application.port.out.AuditTrail;
import com.routebook.application.port.out.contract.AuditTrailContract;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;

/** The audit trail contract on the JPA adapter. */
@OnEachDatabase
class JpaAuditTrailContractTest extends AuditTrailContract {

  @Parameter DatabaseKind kind;
  @RegisterExtension final ContractSession session = new ContractSession();

  @Override
  protected AuditTrail newAuditTrail() {
    return session.open(kind, tenantA, tenantB).port(AuditTrail.class, JpaAuditTrail::new);
  }
}
