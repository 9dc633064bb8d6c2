package com.routebook.domain.alert;

/** Whether an alert still asks for attention. */
public enum AlertStatus {
  OPEN,
  DISMISSED
}
