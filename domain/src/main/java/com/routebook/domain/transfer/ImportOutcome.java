package com.routebook.domain.transfer;

/** What an import row does (or, in a dry run, would do) to the directory. */
public enum ImportOutcome {
  /** A new customer. */
  ADDED,
  /** An existing customer's numbers, provider or state changed. */
  UPDATED,
  /** The row says what the directory already holds. */
  UNCHANGED,
  /** The row breaks a rule; it changes nothing. */
  FAILED
}
