package com.routebook.domain.alert;

/** What changed in the registry under a customer. */
public enum AlertKind {
  /** The participant was deactivated in the network: the customer is "Non existing". */
  PARTICIPANT_DEACTIVATED,
  /** The participant was activated again. */
  PARTICIPANT_REACTIVATED,
  /** A service provider was removed from the participant. */
  PROVIDER_REMOVED,
  /** The participant's E-address or identifiers changed. */
  PARTICIPANT_CHANGED
}
