package com.routebook.adapter.persistence.port;

import com.routebook.adapter.persistence.search.JdbcDirectoryExport;
import com.routebook.adapter.persistence.search.JdbcDirectorySearch;
import com.routebook.adapter.persistence.testing.DatabaseKind;
import com.routebook.adapter.persistence.testing.OnEachDatabase;
import com.routebook.application.port.out.CustomerDirectory;
import com.routebook.application.port.out.DirectoryExport;
import com.routebook.application.port.out.DirectorySearch;
import com.routebook.application.port.out.ParticipantRegistry;
import com.routebook.application.port.out.contract.DirectoryExportContract;
import com.routebook.application.port.out.contract.DirectoryStores;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;

/** The export contract on the JDBC read side: the same rows and order as the JDBC search. */
@OnEachDatabase
class JdbcDirectoryExportContractTest extends DirectoryExportContract {

  @Parameter DatabaseKind kind;
  @RegisterExtension final ContractSession session = new ContractSession();

  @Override
  protected DirectoryStores newStores() {
    return session.open(kind, tenantA, tenantB).stores();
  }

  @Override
  protected DirectorySearch newSearch(ParticipantRegistry registry, CustomerDirectory directory) {
    return new JdbcDirectorySearch(session.database().dataSource());
  }

  @Override
  protected DirectoryExport newExport(
      ParticipantRegistry registry, CustomerDirectory directory, DirectorySearch search) {
    return new JdbcDirectoryExport(session.database().dataSource());
  }
}
