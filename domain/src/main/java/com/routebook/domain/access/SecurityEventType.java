package com.routebook.domain.access;

/** What a {@link SecurityEvent} records. */
public enum SecurityEventType {
  /** A user signed in to the screens (API calls, authenticated on every call, are not recorded). */
  SIGN_IN,
  /** Credentials refused: a wrong password, an unknown user, an unknown or expired API key. */
  SIGN_IN_FAILED,
  /** A sign-in refused unchecked after too many failures for the user from the address. */
  THROTTLED,
  /** An authenticated call refused (403): a role or an API key's scope lacking. */
  REFUSED,
  KEY_CREATED,
  KEY_REVOKED,
  USER_CREATED,
  USER_DISABLED,
  USER_ENABLED,
  PASSWORD_CHANGED
}
