package com.routebook.application.fake;

import com.routebook.application.port.out.CustomerDirectory;
import com.routebook.application.port.out.ParticipantRegistry;
import com.routebook.application.port.out.contract.CustomerDirectoryContract;

class InMemoryCustomerDirectoryContractTest extends CustomerDirectoryContract {

  @Override
  protected ParticipantRegistry newRegistry() {
    return new InMemoryParticipantRegistry();
  }

  @Override
  protected CustomerDirectory newDirectory(ParticipantRegistry registry) {
    return new InMemoryCustomerDirectory();
  }
}
