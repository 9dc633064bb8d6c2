package com.routebook.adapter.persistence.port;

import com.routebook.adapter.persistence.document.JpaDocumentLog;
import com.routebook.adapter.persistence.testing.JpaTestSupport;
import com.routebook.adapter.persistence.testing.TestDatabase;
import com.routebook.application.port.out.DocumentLog;
import com.routebook.application.port.out.contract.DocumentLogContract;
import org.junit.jupiter.api.AfterEach;

class H2DocumentLogContractTest extends DocumentLogContract {

  private JpaTestSupport jpa;

  @Override
  protected DocumentLog newDocumentLog() {
    jpa = ContractDatabase.open(TestDatabase.h2(), tenantA, tenantB);
    return jpa.port(DocumentLog.class, new JpaDocumentLog(jpa.entityManager()));
  }

  @AfterEach
  void close() {
    jpa.close();
  }
}
