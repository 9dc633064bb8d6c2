package com.routebook.application.fake;

import com.routebook.application.port.out.contract.CustomerDirectoryContract;
import com.routebook.application.port.out.contract.DirectoryStores;

class InMemoryCustomerDirectoryContractTest extends CustomerDirectoryContract {

  @Override
  protected DirectoryStores newStores() {
    return new DirectoryStores(new InMemoryParticipantRegistry(), new InMemoryCustomerDirectory());
  }
}
