package com.routebook.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.domain.routing.DirectoryMode;
import org.junit.jupiter.api.Test;

/** What the tenant settings must do on every database. */
abstract class TenantSettingsContract extends PersistenceTestBase {

  @Test
  void a_tenant_that_never_changed_its_mode_has_an_open_directory() {
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
  void one_tenants_mode_does_not_change_anothers() {
    settings.changeDirectoryMode(tenantA, DirectoryMode.CLOSED);

    assertThat(settings.directoryMode(tenantB)).isEqualTo(DirectoryMode.OPEN);
  }
}
