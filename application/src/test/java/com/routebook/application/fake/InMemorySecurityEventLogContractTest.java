package com.routebook.application.fake;

import com.routebook.application.port.out.SecurityEventLog;
import com.routebook.application.port.out.contract.SecurityEventLogContract;

class InMemorySecurityEventLogContractTest extends SecurityEventLogContract {

  @Override
  protected SecurityEventLog securityEventLog() {
    return new InMemorySecurityEventLog();
  }
}
