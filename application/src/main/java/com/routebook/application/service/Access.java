package com.routebook.application.service;

import com.routebook.domain.ForbiddenException;
import com.routebook.domain.Rule;
import com.routebook.domain.access.ApiKeyScope;
import com.routebook.domain.tenant.Actor;
import com.routebook.domain.tenant.Role;
import com.routebook.domain.tenant.TenantId;

/** The role and tenant checks every service makes before it acts. */
public final class Access {

  private Access() {}

  /**
   * The actor's tenant, when the actor holds the role inside a tenant (an editor also holds the
   * viewer's rights).
   *
   * @throws ForbiddenException for an actor without a tenant (a network administrator) or without
   *     the role
   */
  public static TenantId tenantOf(Actor actor, Role role) {
    TenantId tenant =
        actor.tenant().orElseThrow(() -> new ForbiddenException(Rule.NO_TENANT, actor.username()));
    requireRole(actor, role);
    return tenant;
  }

  /**
   * Checks that the actor holds the role.
   *
   * @throws ForbiddenException when it does not
   */
  public static void requireRole(Actor actor, Role role) {
    if (!actor.may(role)) {
      throw new ForbiddenException(Rule.LACKS_ROLE, actor.username(), role);
    }
  }

  /**
   * Checks that the actor may act within the scope: a user always, an API key when it holds it.
   *
   * @throws ForbiddenException when it may not
   */
  public static void requireScope(Actor actor, ApiKeyScope scope) {
    if (!actor.mayUse(scope)) {
      throw new ForbiddenException(Rule.LACKS_SCOPE, actor.username(), scope);
    }
  }
}
