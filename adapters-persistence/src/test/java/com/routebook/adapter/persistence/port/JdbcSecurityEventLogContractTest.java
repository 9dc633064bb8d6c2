package com.routebook.adapter.persistence.port;

import com.routebook.adapter.persistence.access.JdbcSecurityEventLog;
import com.routebook.adapter.persistence.testing.DatabaseKind;
import com.routebook.adapter.persistence.testing.OnEachDatabase;
import com.routebook.adapter.persistence.testing.TestDatabase;
import com.routebook.application.port.out.SecurityEventLog;
import com.routebook.application.port.out.contract.SecurityEventLogContract;
import org.junit.jupiter.params.Parameter;

/** The security event log contract on the JDBC adapter. */
@OnEachDatabase
class JdbcSecurityEventLogContractTest extends SecurityEventLogContract {

  @Parameter DatabaseKind kind;

  @Override
  protected SecurityEventLog securityEventLog() {
    TestDatabase database = kind.database();
    database.empty();
    return new JdbcSecurityEventLog(database.dataSource());
  }
}
