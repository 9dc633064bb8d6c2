package com.routebook.domain;

/**
 * The catalogue of explanations: what the domain tells a person besides errors, the steps of a
 * routing decision's path and its warnings, and the warning of a deprecated E-address scheme. Each
 * constant carries the number of arguments its {@link Explanation} gives ({@link #arity()}), listed
 * in order in the comments; adapters keep the text of each in their bundles ({@code
 * explanation.<CODE>}).
 */
public enum ExplanationCode {
  // the path of a routing decision
  /** Nothing decided: the last step of a {@code NO_MATCH}. */
  NO_REFERENCE_MATCHED(0),
  /** Reference kind ({@code MatchedBy}), value as sent. */
  NO_CUSTOMER(2),
  /**
   * Reference kind, value as sent, customer id, customer state ({@code CustomerState}), the
   * participant ({@link #PARTICIPANT}).
   */
  CUSTOMER_OF_PARTICIPANT(5),
  /** Reference kind, value as sent, how many participants of the registry carry it. */
  REGISTRY_MATCHES(3),
  /** How many of the registry's matches are customers of a closed directory. */
  CLOSED_DIRECTORY(1),
  /** How many active participants match, the list of them ({@link #PARTICIPANT}s). */
  ACTIVE_PARTICIPANTS(2),
  /** The participant a registry reference reached ({@link #PARTICIPANT}). */
  MATCHED_PARTICIPANT(1),
  /** Customer id, customer state ({@code CustomerState}) of the participant reached. */
  MATCHED_CUSTOMER(2),
  /** E-address, service provider's name. */
  ROUTED(2),

  // warnings of a routing decision
  /**
   * The chosen provider's id, the participant's name, the default provider's name it was routed
   * through instead.
   */
  PROVIDER_UNAVAILABLE(3),
  /**
   * Reference kind, value as sent, the other participants it points to ({@link #PARTICIPANT}s), the
   * name of the participant chosen.
   */
  MISROUTING(4),

  // warnings of an E-address
  /** ICD, scheme id. */
  SCHEME_DEPRECATED(2),
  /** ICD, scheme id, ICD of the scheme to use instead. */
  SCHEME_DEPRECATED_REPLACED(3),
  /** ICD, scheme id. */
  SCHEME_REMOVED(2),
  /** ICD, scheme id, ICD of the scheme to use instead. */
  SCHEME_REMOVED_REPLACED(3),
  /** ICD of a stored address whose scheme has left the Peppol list. */
  SCHEME_UNLISTED(1),

  // what changed in the registry under a customer (the detail of an alert)
  /** The participant's name. */
  ALERT_PARTICIPANT_DEACTIVATED(1),
  /** The participant's name. */
  ALERT_PARTICIPANT_REACTIVATED(1),
  /** The participant's name, the removed provider's name. */
  ALERT_PROVIDER_REMOVED(2),
  /** The participant's name, the E-address before, the E-address after. */
  ALERT_E_ADDRESS_CHANGED(3),
  /** The participant's name, the identifiers before, the identifiers after (as text). */
  ALERT_IDENTIFIERS_CHANGED(3),
  /**
   * One change of both: the participant's name, the E-address before, the E-address after, the
   * identifiers before, the identifiers after (as text).
   */
  ALERT_E_ADDRESS_AND_IDENTIFIERS_CHANGED(5),

  // parts of other explanations
  /** A participant named in another explanation: name, id, status ({@code ParticipantStatus}). */
  PARTICIPANT(3),

  /**
   * Text written before explanations were catalogued (an old row of the document log), kept and
   * shown as it was: the text.
   */
  TEXT(1);

  private final int arity;

  ExplanationCode(int arity) {
    this.arity = arity;
  }

  /** How many arguments an explanation of this code carries. */
  public int arity() {
    return arity;
  }
}
