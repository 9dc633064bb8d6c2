package com.routebook.application.fake;

import com.routebook.application.port.out.TenantSettings;
import com.routebook.application.port.out.contract.TenantSettingsContract;

class InMemoryTenantSettingsContractTest extends TenantSettingsContract {

  @Override
  protected TenantSettings newTenantSettings() {
    return new InMemoryTenantSettings();
  }
}
