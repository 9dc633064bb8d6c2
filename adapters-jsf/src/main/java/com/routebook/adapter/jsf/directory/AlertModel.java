package com.routebook.adapter.jsf.directory;

import com.routebook.domain.alert.Alert;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** An alert as the Alerts screen shows it: plain strings with getters. */
public final class AlertModel implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final String id;
  private final String at;
  private final String kind;
  private final String customerId;
  private final String customerName;
  private final String detail;

  AlertModel(Alert alert, String detail) {
    this.id = alert.id().value();
    this.at = TIME.format(alert.at());
    this.kind = alert.kind().name();
    this.customerId = alert.customerId().value();
    this.customerName = alert.customerName();
    this.detail = detail;
  }

  public String getId() {
    return id;
  }

  /** When the alert was raised, e.g. {@code 2026-12-03 04:00 UTC}. */
  public String getAt() {
    return at;
  }

  /** The bundle key of what kind of change it was: {@code alerts.kind.PROVIDER_REMOVED}. */
  public String getKindKey() {
    return "alerts.kind." + kind;
  }

  public String getCustomerId() {
    return customerId;
  }

  public String getCustomerName() {
    return customerName;
  }

  /** What changed, in the view's language. */
  public String getDetail() {
    return detail;
  }
}
