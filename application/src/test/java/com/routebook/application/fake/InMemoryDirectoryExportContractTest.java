package com.routebook.application.fake;

import com.routebook.application.port.out.CustomerDirectory;
import com.routebook.application.port.out.DirectoryExport;
import com.routebook.application.port.out.DirectorySearch;
import com.routebook.application.port.out.ParticipantRegistry;
import com.routebook.application.port.out.contract.DirectoryExportContract;
import com.routebook.application.port.out.contract.DirectoryStores;

class InMemoryDirectoryExportContractTest extends DirectoryExportContract {

  @Override
  protected DirectoryStores newStores() {
    return new DirectoryStores(new InMemoryParticipantRegistry(), new InMemoryCustomerDirectory());
  }

  @Override
  protected DirectorySearch newSearch(ParticipantRegistry registry, CustomerDirectory directory) {
    return new InMemoryDirectorySearch(
        (InMemoryCustomerDirectory) directory, (InMemoryParticipantRegistry) registry);
  }

  @Override
  protected DirectoryExport newExport(
      ParticipantRegistry registry, CustomerDirectory directory, DirectorySearch search) {
    return new InMemoryDirectoryExport(
        (InMemoryDirectorySearch) search, (InMemoryCustomerDirectory) directory);
  }
}
