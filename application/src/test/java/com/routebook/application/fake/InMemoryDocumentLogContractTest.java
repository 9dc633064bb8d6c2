package com.routebook.application.fake;

import com.routebook.application.port.out.DocumentLog;
import com.routebook.application.port.out.contract.DocumentLogContract;

class InMemoryDocumentLogContractTest extends DocumentLogContract {

  @Override
  protected DocumentLog newDocumentLog() {
    return new InMemoryDocumentLog();
  }
}
