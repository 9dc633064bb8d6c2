package com.routebook.application.service.directory;

import com.routebook.application.port.Page;
import com.routebook.application.port.in.directory.DismissAlertUseCase;
import com.routebook.application.port.in.directory.ListAlertsUseCase;
import com.routebook.application.port.out.CurrentUser;
import com.routebook.application.port.out.DirectoryAlerts;
import com.routebook.application.service.Access;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.NotFoundException;
import com.routebook.domain.alert.Alert;
import com.routebook.domain.alert.AlertId;
import com.routebook.domain.tenant.Role;
import com.routebook.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The alerts of the caller's directory: viewers list them, editors dismiss them. */
@ApplicationScoped
public class AlertService implements ListAlertsUseCase, DismissAlertUseCase {

  private DirectoryAlerts alerts;
  private CurrentUser currentUser;

  /** For the CDI proxy only. */
  protected AlertService() {}

  @Inject
  public AlertService(DirectoryAlerts alerts, CurrentUser currentUser) {
    this.alerts = alerts;
    this.currentUser = currentUser;
  }

  @Override
  public Page<Alert> list(ListAlertsQuery query) {
    TenantId tenant = Access.tenantOf(currentUser.actor(), Role.VIEWER);
    return alerts.list(tenant, query.status(), query.page());
  }

  @Override
  @Transactional
  public Alert dismiss(AlertId alertId) {
    TenantId tenant = Access.tenantOf(currentUser.actor(), Role.EDITOR);
    return alerts
        .dismiss(tenant, alertId)
        .orElseThrow(() -> new NotFoundException(ErrorCode.ALERT_NOT_FOUND, alertId));
  }
}
