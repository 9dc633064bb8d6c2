package com.routebook.application.fake;

import com.routebook.application.port.out.CustomerDirectory;
import com.routebook.application.port.out.DirectorySearch;
import com.routebook.application.port.out.ParticipantRegistry;
import com.routebook.application.port.out.contract.DirectorySearchContract;
import com.routebook.application.port.out.contract.DirectoryStores;

class InMemoryDirectorySearchContractTest extends DirectorySearchContract {

  private InMemoryDirectorySearch search;

  @Override
  protected DirectoryStores newStores() {
    return new DirectoryStores(new InMemoryParticipantRegistry(), new InMemoryCustomerDirectory());
  }

  @Override
  protected DirectorySearch newSearch(ParticipantRegistry registry, CustomerDirectory directory) {
    search =
        new InMemoryDirectorySearch(
            (InMemoryCustomerDirectory) directory, (InMemoryParticipantRegistry) registry);
    return search;
  }

  @Override
  protected int queries() {
    return search.queries();
  }
}
