package com.routebook.adapter.persistence.port;

import com.routebook.adapter.persistence.document.JpaDocumentLog;
import com.routebook.adapter.persistence.testing.DatabaseKind;
import com.routebook.adapter.persistence.testing.OnEachDatabase;
import com.routebook.application.port.out.DocumentLog;
import com.routebook.application.port.out.contract.DocumentLogContract;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;

/** The document log contract on the JPA adapter. */
@OnEachDatabase
class JpaDocumentLogContractTest extends DocumentLogContract {

  @Parameter DatabaseKind kind;
  @RegisterExtension final ContractSession session = new ContractSession();

  @Override
  protected DocumentLog newDocumentLog() {
    return session.open(kind, tenantA, tenantB).port(DocumentLog.class, JpaDocumentLog::new);
  }
}
