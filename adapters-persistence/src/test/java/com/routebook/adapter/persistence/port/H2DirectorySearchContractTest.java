package com.routebook.adapter.persistence.port;

import com.routebook.adapter.persistence.directory.JpaCustomerDirectory;
import com.routebook.adapter.persistence.registry.JpaParticipantRegistry;
import com.routebook.adapter.persistence.search.JdbcDirectorySearch;
import com.routebook.adapter.persistence.testing.JpaTestSupport;
import com.routebook.adapter.persistence.testing.TestDatabase;
import com.routebook.application.port.out.CustomerDirectory;
import com.routebook.application.port.out.DirectorySearch;
import com.routebook.application.port.out.ParticipantRegistry;
import com.routebook.application.port.out.contract.DirectorySearchContract;
import org.junit.jupiter.api.AfterEach;

class H2DirectorySearchContractTest extends DirectorySearchContract {

  private TestDatabase database;
  private JpaTestSupport jpa;

  @Override
  protected ParticipantRegistry newRegistry() {
    database = TestDatabase.h2();
    jpa = ContractDatabase.open(database, tenantA, tenantB);
    return jpa.port(ParticipantRegistry.class, new JpaParticipantRegistry(jpa.entityManager()));
  }

  @Override
  protected CustomerDirectory newDirectory(ParticipantRegistry registry) {
    return jpa.port(CustomerDirectory.class, new JpaCustomerDirectory(jpa.entityManager()));
  }

  @Override
  protected DirectorySearch newSearch(ParticipantRegistry registry, CustomerDirectory directory) {
    return new JdbcDirectorySearch(database.dataSource());
  }

  @Override
  protected int queries() {
    return database.statements();
  }

  @AfterEach
  void close() {
    jpa.close();
  }
}
