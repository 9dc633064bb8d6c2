package com.routebook.adapter.persistence.port;

import com.routebook.adapter.persistence.settings.JpaTenantSettings;
import com.routebook.adapter.persistence.testing.JpaTestSupport;
import com.routebook.adapter.persistence.testing.TestDatabase;
import com.routebook.application.port.out.TenantSettings;
import com.routebook.application.port.out.contract.TenantSettingsContract;
import org.junit.jupiter.api.AfterEach;

class PostgresTenantSettingsContractTest extends TenantSettingsContract {

  private JpaTestSupport jpa;

  @Override
  protected TenantSettings newTenantSettings() {
    jpa = ContractDatabase.open(TestDatabase.postgresql(), tenantA, tenantB);
    return jpa.port(TenantSettings.class, new JpaTenantSettings(jpa.entityManager()));
  }

  @AfterEach
  void close() {
    jpa.close();
  }
}
