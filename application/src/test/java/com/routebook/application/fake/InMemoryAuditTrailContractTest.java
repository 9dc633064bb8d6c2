package com.routebook.application.fake;

import com.routebook.application.port.out.AuditTrail;
import com.routebook.application.port.out.contract.AuditTrailContract;

class InMemoryAuditTrailContractTest extends AuditTrailContract {

  @Override
  protected AuditTrail newAuditTrail() {
    return new InMemoryAuditTrail();
  }
}
