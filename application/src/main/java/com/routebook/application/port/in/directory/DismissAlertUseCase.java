package com.routebook.application.port.in.directory;

import com.routebook.domain.alert.Alert;
import com.routebook.domain.alert.AlertId;

/**
 * Dismisses an alert of the caller's directory (editor); dismissing a dismissed one changes
 * nothing. Another tenant's alert is not found ({@code ALERT_NOT_FOUND}).
 */
public interface DismissAlertUseCase {

  /** The dismissed alert. */
  Alert dismiss(AlertId alertId);
}
