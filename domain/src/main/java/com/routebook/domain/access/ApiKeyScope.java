package com.routebook.domain.access;

import com.routebook.domain.ErrorCode;
import com.routebook.domain.Input;
import com.routebook.domain.Rule;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What an API key may be used for: routing documents ({@link #ROUTING}), reading the customer
 * directory and the registry ({@link #DIRECTORY_READ}), changing the directory ({@link
 * #DIRECTORY_WRITE}), managing the tenant's API keys ({@link #KEYS}). A key holds the editor's role
 * only within its scopes.
 */
public enum ApiKeyScope {
  ROUTING,
  DIRECTORY_READ,
  DIRECTORY_WRITE,
  KEYS;

  /** The scopes of a key created without naming any: routing and reading the directory. */
  public static final Set<ApiKeyScope> DEFAULT =
      Collections.unmodifiableSet(EnumSet.of(ROUTING, DIRECTORY_READ));

  /**
   * The scope of this name.
   *
   * @throws ValidationException ({@link ErrorCode#INVALID_API_KEY}) for any other text
   */
  public static ApiKeyScope parse(String name) {
    for (ApiKeyScope scope : values()) {
      if (scope.name().equals(name)) {
        return scope;
      }
    }
    throw new ValidationException(
        ErrorCode.INVALID_API_KEY,
        Violation.of(Input.SCOPES, Rule.API_KEY_SCOPE_UNKNOWN, String.valueOf(name)));
  }
}
