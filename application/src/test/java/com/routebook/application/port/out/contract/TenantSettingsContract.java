package com.routebook.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.application.port.out.TenantSettings;
import com.routebook.domain.routing.DirectoryMode;
import com.routebook.domain.tenant.TenantId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link TenantSettings}; each test uses fresh tenants. */
public abstract class TenantSettingsContract {

  protected TenantSettings settings;
  protected final TenantId tenantA = new TenantId("a-" + UUID.randomUUID());
  protected final TenantId tenantB = new TenantId("b-" + UUID.randomUUID());

  /** The settings store under test. */
  protected abstract TenantSettings newTenantSettings();

  @BeforeEach
  void createPort() {
    settings = newTenantSettings();
  }

  @Test
  void a_tenant_that_never_changed_its_settings_has_an_open_directory() {
    assertThat(settings.directoryMode(tenantA)).isEqualTo(DirectoryMode.OPEN);
  }

  @Test
  void a_changed_mode_is_kept_and_can_be_changed_back() {
    settings.changeDirectoryMode(tenantA, DirectoryMode.CLOSED);
    assertThat(settings.directoryMode(tenantA)).isEqualTo(DirectoryMode.CLOSED);

    settings.changeDirectoryMode(tenantA, DirectoryMode.OPEN);
    assertThat(settings.directoryMode(tenantA)).isEqualTo(DirectoryMode.OPEN);
  }

  @Test
  void two_tenants_have_their_own_settings() {
    settings.changeDirectoryMode(tenantA, DirectoryMode.CLOSED);

    assertThat(settings.directoryMode(tenantB)).isEqualTo(DirectoryMode.OPEN);
  }
}
