package com.routebook.domain.alert;

/** Opaque identity of an alert. */
public record AlertId(String value) {

  public AlertId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("alertId must not be blank, was \"" + value + "\"");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
