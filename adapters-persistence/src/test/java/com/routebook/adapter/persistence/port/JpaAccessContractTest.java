package com.routebook.adapter.persistence.port;

import com.routebook.adapter.persistence.access.JpaApiKeys;
import com.routebook.adapter.persistence.access.JpaTenants;
import com.routebook.adapter.persistence.access.JpaUserAccounts;
import com.routebook.adapter.persistence.testing.DatabaseKind;
import com.routebook.adapter.persistence.testing.OnEachDatabase;
import com.routebook.application.port.out.ApiKeys;
import com.routebook.application.port.out.Tenants;
import com.routebook.application.port.out.UserAccounts;
import com.routebook.application.port.out.contract.AccessContract;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;

/** The contract of tenants, accounts and API keys on the JPA adapters. */
@OnEachDatabase
class JpaAccessContractTest extends AccessContract {

  @Parameter DatabaseKind kind;
  @RegisterExtension final ContractSession session = new ContractSession();

  private ContractSession opened() {
    return session.database() == null ? session.open(kind) : session;
  }

  @Override
  protected Tenants tenants() {
    return opened().port(Tenants.class, JpaTenants::new);
  }

  @Override
  protected UserAccounts userAccounts() {
    return opened().port(UserAccounts.class, JpaUserAccounts::new);
  }

  @Override
  protected ApiKeys apiKeys() {
    return opened().port(ApiKeys.class, JpaApiKeys::new);
  }
}
