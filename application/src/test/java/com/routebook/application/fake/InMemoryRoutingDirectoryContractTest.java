package com.routebook.application.fake;

import com.routebook.application.port.out.CustomerDirectory;
import com.routebook.application.port.out.ParticipantRegistry;
import com.routebook.application.port.out.RoutingDirectory;
import com.routebook.application.port.out.contract.DirectoryStores;
import com.routebook.application.port.out.contract.RoutingDirectoryContract;

class InMemoryRoutingDirectoryContractTest extends RoutingDirectoryContract {

  private InMemoryRoutingDirectory routing;

  @Override
  protected DirectoryStores newStores() {
    return new DirectoryStores(new InMemoryParticipantRegistry(), new InMemoryCustomerDirectory());
  }

  @Override
  protected RoutingDirectory newRoutingDirectory(
      ParticipantRegistry registry, CustomerDirectory directory) {
    routing = new InMemoryRoutingDirectory((InMemoryCustomerDirectory) directory, registry);
    return routing;
  }

  @Override
  protected int queries() {
    return routing.queries();
  }
}
