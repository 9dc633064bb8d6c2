package com.routebook.application.port.out;

import com.routebook.domain.tenant.Actor;

/**
 * The authenticated user or machine client of the current request, as established by the adapters'
 * authentication.
 */
public interface CurrentUser {

  /** The actor: username, tenant (absent for a network administrator) and roles. */
  Actor actor();
}
