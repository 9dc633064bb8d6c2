package com.routebook.adapter.persistence.contract;

import com.routebook.adapter.persistence.testing.TestDatabase;

class PostgresTenantSettingsTest extends TenantSettingsContract {
  @Override
  protected TestDatabase database() {
    return TestDatabase.postgresql();
  }
}
