package com.routebook.application.port.out.contract;

import com.routebook.application.fake.InMemoryApiKeys;
import com.routebook.application.fake.InMemoryTenants;
import com.routebook.application.fake.InMemoryUserAccounts;
import com.routebook.application.port.out.ApiKeys;
import com.routebook.application.port.out.Tenants;
import com.routebook.application.port.out.UserAccounts;

class InMemoryAccessContractTest extends AccessContract {

  @Override
  protected Tenants tenants() {
    return new InMemoryTenants();
  }

  @Override
  protected UserAccounts userAccounts() {
    return new InMemoryUserAccounts();
  }

  @Override
  protected ApiKeys apiKeys() {
    return new InMemoryApiKeys();
  }
}
