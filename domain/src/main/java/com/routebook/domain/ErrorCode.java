package com.routebook.domain;

/**
 * The catalogue of domain errors: each constant is the stable machine word that adapters pass on to
 * clients unchanged ({@code code} of a problem) and whose text they keep in their bundles. A
 * validation code is explained by its {@link Violation}s; any other code by its own arguments,
 * {@link #arity()} of them.
 */
public enum ErrorCode {
  INVALID_CUSTOMER,
  INVALID_CUSTOMER_NUMBERS,
  INVALID_IDENTIFIER,
  INVALID_SEARCH,
  INVALID_PARTICIPANT,
  INVALID_SERVICE_PROVIDER,
  PROVIDER_NOT_REGISTERED,
  INVALID_DOCUMENT,
  INVALID_DOCUMENTS,
  INVALID_PAGE,
  INVALID_TENANT,
  INVALID_USER,
  INVALID_API_KEY,
  /** A file to import that cannot be read as one (format, encoding, columns, size). */
  INVALID_IMPORT_FILE,
  /** More stopped documents to resend in one call than one call routes. */
  RESEND_TOO_MANY,
  /** A change made on an older version than the one stored. */
  CONCURRENT_CHANGE(0),
  /** Argument: the id of the customer that already links the participant. */
  CUSTOMER_EXISTS(1),
  /** Argument: the customer numbers another customer holds. */
  CUSTOMER_NUMBER_TAKEN(1),
  /** Argument: the customer id. */
  CUSTOMER_ID_TAKEN(1),
  /** Argument: the participant id. */
  PARTICIPANT_EXISTS(1),
  /** Argument: the tenant's name. */
  TENANT_EXISTS(1),
  /** Argument: the username. */
  USERNAME_TAKEN(1),
  /** A password change refused: the current password is wrong or the new one breaks the rules. */
  INVALID_PASSWORD_CHANGE,
  /** Too many failed sign-ins; argument: the seconds to wait before the next attempt. */
  TOO_MANY_ATTEMPTS(1),
  /** Argument: the username asked for. */
  USER_NOT_FOUND(1),
  /** Argument: the document id. */
  NOT_STOPPED(1),
  /** Argument: the id of the import of the tenant still running. */
  IMPORT_RUNNING(1),
  /** Argument: the customer id asked for. */
  CUSTOMER_NOT_FOUND(1),
  /** Argument: the import id asked for. */
  IMPORT_NOT_FOUND(1),
  /** Argument: the participant id or E-address asked for. */
  PARTICIPANT_NOT_FOUND(1),
  /** Argument: the document id asked for. */
  DOCUMENT_NOT_FOUND(1),
  /** Argument: the tenant id asked for. */
  TENANT_NOT_FOUND(1),
  /** Argument: the API key id asked for. */
  API_KEY_NOT_FOUND(1),
  /** Argument: the alert id asked for. */
  ALERT_NOT_FOUND(1),
  /**
   * Argument: the {@link Breach} that says why ({@link Rule#LACKS_ROLE}, {@link Rule#NO_TENANT}).
   */
  FORBIDDEN(1);

  private final boolean validation;
  private final int arity;

  ErrorCode() {
    this.validation = true;
    this.arity = 0;
  }

  ErrorCode(int arity) {
    this.validation = false;
    this.arity = arity;
  }

  /** Whether the error is explained by violations rather than by arguments of its own. */
  public boolean validation() {
    return validation;
  }

  /** How many arguments an error of this code carries (none for a validation code). */
  public int arity() {
    return arity;
  }
}
