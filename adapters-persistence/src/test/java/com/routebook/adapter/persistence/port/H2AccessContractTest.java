package com.routebook.adapter.persistence.port;

import com.routebook.adapter.persistence.access.JpaApiKeys;
import com.routebook.adapter.persistence.access.JpaTenants;
import com.routebook.adapter.persistence.access.JpaUserAccounts;
import com.routebook.adapter.persistence.testing.JpaTestSupport;
import com.routebook.adapter.persistence.testing.TestDatabase;
import com.routebook.application.port.out.ApiKeys;
import com.routebook.application.port.out.Tenants;
import com.routebook.application.port.out.UserAccounts;
import com.routebook.application.port.out.contract.AccessContract;
import org.junit.jupiter.api.AfterEach;

class H2AccessContractTest extends AccessContract {

  private JpaTestSupport jpa;

  private JpaTestSupport jpa() {
    if (jpa == null) {
      jpa = ContractDatabase.open(TestDatabase.h2());
    }
    return jpa;
  }

  @Override
  protected Tenants tenants() {
    return jpa().port(Tenants.class, new JpaTenants(jpa().entityManager()));
  }

  @Override
  protected UserAccounts userAccounts() {
    return jpa().port(UserAccounts.class, new JpaUserAccounts(jpa().entityManager()));
  }

  @Override
  protected ApiKeys apiKeys() {
    return jpa().port(ApiKeys.class, new JpaApiKeys(jpa().entityManager()));
  }

  @AfterEach
  void close() {
    jpa.close();
    jpa = null;
  }
}
