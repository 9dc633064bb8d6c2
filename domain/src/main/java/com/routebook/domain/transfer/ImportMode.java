package com.routebook.domain.transfer;

/** How an import that is applied treats failed rows. */
public enum ImportMode {
  /** Nothing is saved when any row fails (the default). */
  ALL_OR_NOTHING,
  /** The valid rows are saved, the failed ones reported. */
  VALID_ROWS
}
