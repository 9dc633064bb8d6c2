package com.routebook.adapter.persistence.port;

import com.routebook.adapter.persistence.routing.JdbcRoutingDirectory;
import com.routebook.adapter.persistence.testing.DatabaseKind;
import com.routebook.adapter.persistence.testing.OnEachDatabase;
import com.routebook.application.port.out.CustomerDirectory;
import com.routebook.application.port.out.ParticipantRegistry;
import com.routebook.application.port.out.RoutingDirectory;
import com.routebook.application.port.out.contract.DirectoryStores;
import com.routebook.application.port.out.contract.RoutingDirectoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;

/** The routing directory contract on the JDBC read side. */
@OnEachDatabase
class JdbcRoutingDirectoryContractTest extends RoutingDirectoryContract {

  @Parameter DatabaseKind kind;
  @RegisterExtension final ContractSession session = new ContractSession();

  @Override
  protected DirectoryStores newStores() {
    return session.open(kind, tenantA, tenantB).stores();
  }

  @Override
  protected RoutingDirectory newRoutingDirectory(
      ParticipantRegistry registry, CustomerDirectory directory) {
    return new JdbcRoutingDirectory(session.database().dataSource());
  }

  @Override
  protected int queries() {
    return session.database().statements();
  }
}
