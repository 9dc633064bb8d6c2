package com.routebook.domain.transfer;

/** Where an import stands. */
public enum ImportStatus {
  RUNNING,
  DONE,
  FAILED
}
