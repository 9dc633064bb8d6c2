package com.routebook.adapter.persistence.port;

import com.routebook.adapter.persistence.search.JdbcRegistrySearch;
import com.routebook.adapter.persistence.testing.DatabaseKind;
import com.routebook.adapter.persistence.testing.OnEachDatabase;
import com.routebook.application.port.out.ParticipantRegistry;
import com.routebook.application.port.out.RegistrySearch;
import com.routebook.application.port.out.contract.RegistrySearchContract;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;

/** The registry search contract on the JDBC read side. */
@OnEachDatabase
class JdbcRegistrySearchContractTest extends RegistrySearchContract {

  @Parameter DatabaseKind kind;
  @RegisterExtension final ContractSession session = new ContractSession();

  @Override
  protected ParticipantRegistry newRegistry() {
    return session.open(kind).registry();
  }

  @Override
  protected RegistrySearch newSearch(ParticipantRegistry registry) {
    return new JdbcRegistrySearch(session.database().dataSource());
  }

  @Override
  protected int queries() {
    return session.database().statements();
  }
}
