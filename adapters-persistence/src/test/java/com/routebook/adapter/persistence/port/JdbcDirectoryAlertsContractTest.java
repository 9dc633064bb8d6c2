package com.routebook.adapter.persistence.port;

import com.routebook.adapter.persistence.directory.JdbcDirectoryAlerts;
import com.routebook.adapter.persistence.testing.DatabaseKind;
import com.routebook.adapter.persistence.testing.OnEachDatabase;
import com.routebook.application.port.out.DirectoryAlerts;
import com.routebook.application.port.out.contract.DirectoryAlertsContract;
import com.routebook.application.port.out.contract.DirectoryStores;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;

/** The alerts contract on the JDBC adapter. */
@OnEachDatabase
class JdbcDirectoryAlertsContractTest extends DirectoryAlertsContract {

  @Parameter DatabaseKind kind;
  @RegisterExtension final ContractSession session = new ContractSession();

  @Override
  protected DirectoryStores newStores() {
    return session.open(kind, tenantA, tenantB, tenantC).stores();
  }

  @Override
  protected DirectoryAlerts newAlerts(DirectoryStores stores) {
    return new JdbcDirectoryAlerts(session.database().dataSource());
  }
}
