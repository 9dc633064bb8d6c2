package com.routebook.adapter.persistence.port;

import com.routebook.adapter.persistence.testing.DatabaseKind;
import com.routebook.adapter.persistence.testing.OnEachDatabase;
import com.routebook.application.port.out.ParticipantRegistry;
import com.routebook.application.port.out.contract.ParticipantRegistryContract;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;

/** The registry contract on the JPA adapter. */
@OnEachDatabase
class JpaParticipantRegistryContractTest extends ParticipantRegistryContract {

  @Parameter DatabaseKind kind;
  @RegisterExtension final ContractSession session = new ContractSession();

  @Override
  protected ParticipantRegistry newRegistry() {
    return session.open(kind).registry();
  }
}
