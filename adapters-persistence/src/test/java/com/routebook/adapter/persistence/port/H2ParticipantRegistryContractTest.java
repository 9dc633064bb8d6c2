package com.routebook.adapter.persistence.port;

import com.routebook.adapter.persistence.registry.JpaParticipantRegistry;
import com.routebook.adapter.persistence.testing.JpaTestSupport;
import com.routebook.adapter.persistence.testing.TestDatabase;
import com.routebook.application.port.out.ParticipantRegistry;
import com.routebook.application.port.out.contract.ParticipantRegistryContract;
import org.junit.jupiter.api.AfterEach;

class H2ParticipantRegistryContractTest extends ParticipantRegistryContract {

  private JpaTestSupport jpa;

  @Override
  protected ParticipantRegistry newRegistry() {
    jpa = ContractDatabase.open(TestDatabase.h2());
    return jpa.port(ParticipantRegistry.class, new JpaParticipantRegistry(jpa.entityManager()));
  }

  @AfterEach
  void close() {
    jpa.close();
  }
}
