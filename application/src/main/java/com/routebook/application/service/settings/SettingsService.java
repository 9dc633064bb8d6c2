package com.routebook.application.service.settings;

import com.routebook.application.port.in.settings.ChangeDirectoryModeUseCase;
import com.routebook.application.port.in.settings.GetDirectoryModeUseCase;
import com.routebook.application.port.out.CurrentUser;
import com.routebook.application.port.out.TenantSettings;
import com.routebook.application.service.Access;
import com.routebook.domain.routing.DirectoryMode;
import com.routebook.domain.tenant.Role;
import com.routebook.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Reads (viewer) and changes (editor) the caller's directory mode. */
@ApplicationScoped
public class SettingsService implements GetDirectoryModeUseCase, ChangeDirectoryModeUseCase {

  private TenantSettings settings;
  private CurrentUser currentUser;

  /** For the CDI proxy only. */
  protected SettingsService() {}

  @Inject
  public SettingsService(TenantSettings settings, CurrentUser currentUser) {
    this.settings = settings;
    this.currentUser = currentUser;
  }

  @Override
  public DirectoryMode directoryMode() {
    return settings.directoryMode(Access.tenantOf(currentUser.actor(), Role.VIEWER));
  }

  @Override
  @Transactional
  public DirectoryMode changeDirectoryMode(ChangeDirectoryModeCommand command) {
    TenantId tenant = Access.tenantOf(currentUser.actor(), Role.EDITOR);
    settings.changeDirectoryMode(tenant, command.directoryMode());
    return settings.directoryMode(tenant);
  }
}
