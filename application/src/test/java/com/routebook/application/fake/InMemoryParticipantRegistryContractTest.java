package com.routebook.application.fake;

import com.routebook.application.port.out.ParticipantRegistry;
import com.routebook.application.port.out.contract.ParticipantRegistryContract;

class InMemoryParticipantRegistryContractTest extends ParticipantRegistryContract {

  @Override
  protected ParticipantRegistry newRegistry() {
    return new InMemoryParticipantRegistry();
  }
}
