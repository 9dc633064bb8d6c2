package com.routebook.adapter.persistence.port;

import com.routebook.adapter.persistence.testing.DatabaseKind;
import com.routebook.adapter.persistence.testing.OnEachDatabase;
import com.routebook.application.port.out.contract.CustomerDirectoryContract;
import com.routebook.application.port.out.contract.DirectoryStores;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;

/** The customer directory contract on the JPA adapter. */
@OnEachDatabase
class JpaCustomerDirectoryContractTest extends CustomerDirectoryContract {

  @Parameter DatabaseKind kind;
  @RegisterExtension final ContractSession session = new ContractSession();

  @Override
  protected DirectoryStores newStores() {
    return session.open(kind, tenantA, tenantB).stores();
  }
}
