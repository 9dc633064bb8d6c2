package com.routebook.adapter.jsf.directory;

import com.routebook.adapter.jsf.support.Feedback;
import com.routebook.adapter.jsf.support.Paging;
import com.routebook.application.port.Page;
import com.routebook.application.port.in.directory.DismissAlertUseCase;
import com.routebook.application.port.in.directory.ListAlertsUseCase;
import com.routebook.application.port.in.directory.ListAlertsUseCase.ListAlertsQuery;
import com.routebook.domain.DomainException;
import com.routebook.domain.alert.Alert;
import com.routebook.domain.alert.AlertId;
import com.routebook.domain.alert.AlertStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Alerts: what changed in the public registry under the tenant's customers, newest first; open ones
 * by default, dismissed ones on request. Editors dismiss them.
 */
@Named("alerts")
@ViewScoped
public class AlertsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Alerts per page. */
  public static final int PAGE_SIZE = 20;

  private ListAlertsUseCase listAlerts;
  private DismissAlertUseCase dismissAlert;
  private Feedback feedback;

  private String status = AlertStatus.OPEN.name();
  private final Paging paging = new Paging(PAGE_SIZE);
  private List<AlertModel> alerts = List.of();
  private boolean loaded;

  /** For the CDI proxy only. */
  protected AlertsBean() {}

  @Inject
  public AlertsBean(
      ListAlertsUseCase listAlerts, DismissAlertUseCase dismissAlert, Feedback feedback) {
    this.listAlerts = listAlerts;
    this.dismissAlert = dismissAlert;
    this.feedback = feedback;
  }

  /** Lists the open alerts when the page opens. */
  public void open() {
    if (!loaded) {
      load();
    }
  }

  /** Lists the alerts of the chosen status from the first page. */
  public void show() {
    paging.first();
    load();
  }

  /** Dismisses one alert and lists the rest. */
  public void dismiss(String alertId) {
    try {
      Alert dismissed = dismissAlert.dismiss(new AlertId(alertId));
      feedback.info("alerts.dismissed", dismissed.customerName());
    } catch (DomainException e) {
      feedback.report(e);
    }
    load();
  }

  public void nextPage() {
    paging.next();
    load();
  }

  public void previousPage() {
    paging.previous();
    load();
  }

  private void load() {
    loaded = true;
    try {
      Page<Alert> page =
          listAlerts.list(new ListAlertsQuery(AlertStatus.valueOf(status), paging.request()));
      paging.loaded(page);
      alerts =
          page.items().stream()
              .map(a -> new AlertModel(a, feedback.explain(List.of(a.detail())).get(0)))
              .toList();
    } catch (DomainException e) {
      alerts = List.of();
      feedback.report(e);
    }
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status =
        AlertStatus.DISMISSED.name().equals(status)
            ? AlertStatus.DISMISSED.name()
            : AlertStatus.OPEN.name();
  }

  /** Whether open alerts are listed (editors may dismiss them). */
  public boolean isOpen() {
    return AlertStatus.OPEN.name().equals(status);
  }

  public List<AlertModel> getAlerts() {
    return alerts;
  }

  public Paging getPaging() {
    return paging;
  }
}
