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
   * The client's address of the current request, as the server sees it (the client's, behind a
   * trusted proxy), as the security event log and the sign-in throttle count it; "unknown" without
   * one.
   */
  default String clientAddress() {
    return "unknown";
  }
}
