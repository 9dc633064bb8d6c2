package com.routebook.adapter.persistence.port;

import com.routebook.adapter.persistence.settings.JpaTenantSettings;
import com.routebook.adapter.persistence.testing.DatabaseKind;
import com.routebook.adapter.persistence.testing.OnEachDatabase;
import com.routebook.application.port.out.TenantSettings;
import com.routebook.application.port.out.contract.TenantSettingsContract;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;

/** The tenant settings contract on the JPA adapter. */
@OnEachDatabase
class JpaTenantSettingsContractTest extends TenantSettingsContract {

  @Parameter DatabaseKind kind;
  @RegisterExtension final ContractSession session = new ContractSession();

  @Override
  protected TenantSettings newTenantSettings() {
    return session.open(kind, tenantA, tenantB).port(TenantSettings.class, JpaTenantSettings::new);
  }
}
