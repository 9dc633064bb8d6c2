package com.routebook.application.port.in.directory;

import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.domain.alert.Alert;
import com.routebook.domain.alert.AlertStatus;
import java.util.Objects;

/** Lists the alerts of the caller's directory, newest first (viewer). */
public interface ListAlertsUseCase {

  /** A page of the alerts of that status. */
  Page<Alert> list(ListAlertsQuery query);

  /** The status ({@code null}: open ones) and the page. */
  record ListAlertsQuery(AlertStatus status, PageRequest page) {
    public ListAlertsQuery {
      status = status == null ? AlertStatus.OPEN : status;
      Objects.requireNonNull(page, "page");
    }
  }
}
