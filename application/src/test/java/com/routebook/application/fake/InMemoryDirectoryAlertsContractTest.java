package com.routebook.application.fake;

import com.routebook.application.port.out.DirectoryAlerts;
import com.routebook.application.port.out.contract.DirectoryAlertsContract;
import com.routebook.application.port.out.contract.DirectoryStores;

class InMemoryDirectoryAlertsContractTest extends DirectoryAlertsContract {

  @Override
  protected DirectoryStores newStores() {
    return new DirectoryStores(new InMemoryParticipantRegistry(), new InMemoryCustomerDirectory());
  }

  @Override
  protected DirectoryAlerts newAlerts(DirectoryStores stores) {
    return new InMemoryDirectoryAlerts((InMemoryCustomerDirectory) stores.directory());
  }
}
