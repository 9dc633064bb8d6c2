package com.routebook.application.port.in.access;

import com.routebook.domain.access.UserAccount;
import com.routebook.domain.tenant.TenantId;
import java.util.List;

/**
 * Network administrators list a tenant's users and disable or enable them. A disabled user signs in
 * nowhere, and their sessions and remembered credentials end at once on every instance.
 */
public interface ManageUsersUseCase {

  /** The users of a tenant, by username, with their state. */
  List<UserAccount> users(TenantId tenantId);

  /** Disables a user of the tenant (no change when disabled already). */
  UserAccount disable(TenantId tenantId, String username);

  /** Enables a user of the tenant again (no change when enabled already). */
  UserAccount enable(TenantId tenantId, String username);
}
