package com.routebook.adapter.persistence.port;

import com.routebook.adapter.persistence.directory.JpaCustomerDirectory;
import com.routebook.adapter.persistence.registry.JpaParticipantRegistry;
import com.routebook.adapter.persistence.testing.JpaTestSupport;
import com.routebook.adapter.persistence.testing.TestDatabase;
import com.routebook.application.port.out.CustomerDirectory;
import com.routebook.application.port.out.ParticipantRegistry;
import com.routebook.application.port.out.contract.CustomerDirectoryContract;
import org.junit.jupiter.api.AfterEach;

class H2CustomerDirectoryContractTest extends CustomerDirectoryContract {

  private JpaTestSupport jpa;

  @Override
  protected ParticipantRegistry newRegistry() {
    jpa = ContractDatabase.open(TestDatabase.h2(), tenantA, tenantB);
    return jpa.port(ParticipantRegistry.class, new JpaParticipantRegistry(jpa.entityManager()));
  }

  @Override
  protected CustomerDirectory newDirectory(ParticipantRegistry registry) {
    return jpa.port(CustomerDirectory.class, new JpaCustomerDirectory(jpa.entityManager()));
  }

  @AfterEach
  void close() {
    jpa.close();
  }
}
