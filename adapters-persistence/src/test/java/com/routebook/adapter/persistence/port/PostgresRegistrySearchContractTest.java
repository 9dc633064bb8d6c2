package com.routebook.adapter.persistence.port;

import com.routebook.adapter.persistence.registry.JpaParticipantRegistry;
import com.routebook.adapter.persistence.search.JdbcRegistrySearch;
import com.routebook.adapter.persistence.testing.JpaTestSupport;
import com.routebook.adapter.persistence.testing.TestDatabase;
import com.routebook.application.port.out.ParticipantRegistry;
import com.routebook.application.port.out.RegistrySearch;
import com.routebook.application.port.out.contract.RegistrySearchContract;
import org.junit.jupiter.api.AfterEach;

class PostgresRegistrySearchContractTest extends RegistrySearchContract {

  private TestDatabase database;
  private JpaTestSupport jpa;

  @Override
  protected ParticipantRegistry newRegistry() {
    database = TestDatabase.postgresql();
    jpa = ContractDatabase.open(database);
    return jpa.port(ParticipantRegistry.class, new JpaParticipantRegistry(jpa.entityManager()));
  }

  @Override
  protected RegistrySearch newSearch(ParticipantRegistry registry) {
    return new JdbcRegistrySearch(database.dataSource());
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
