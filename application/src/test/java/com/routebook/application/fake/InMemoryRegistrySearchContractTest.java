package com.routebook.application.fake;

import com.routebook.application.port.out.ParticipantRegistry;
import com.routebook.application.port.out.RegistrySearch;
import com.routebook.application.port.out.contract.RegistrySearchContract;

class InMemoryRegistrySearchContractTest extends RegistrySearchContract {

  private InMemoryRegistrySearch search;

  @Override
  protected ParticipantRegistry newRegistry() {
    return new InMemoryParticipantRegistry();
  }

  @Override
  protected RegistrySearch newSearch(ParticipantRegistry registry) {
    search = new InMemoryRegistrySearch((InMemoryParticipantRegistry) registry);
    return search;
  }

  @Override
  protected int queries() {
    return search.queries();
  }
}
