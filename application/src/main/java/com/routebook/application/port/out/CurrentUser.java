package com.routebook.application.port.out;

import com.routebook.domain.tenant.Actor;

/**
 * The authenticated user or machine client of the current request, as established by the adapters'
 * authentication.
 */
public interface CurrentUser {

  /** The actor: username, tenant (absent for a network administrator) and roles. */
  Actor actor();

  /**
   * The network address the current request came from (the client's, behind a trusted proxy), as
   * the sign-in throttle counts it; null when not known.
   */
  default String clientAddress() {
    return null;
  }
}
