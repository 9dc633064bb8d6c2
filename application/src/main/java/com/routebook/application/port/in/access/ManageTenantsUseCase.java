package com.routebook.application.port.in.access;

import com.routebook.domain.access.Tenant;
import com.routebook.domain.access.UserAccount;
import com.routebook.domain.tenant.Role;
import com.routebook.domain.tenant.TenantId;
import java.util.List;

/** Network administrators create tenants and their users. */
public interface ManageTenantsUseCase {

  /** Every tenant. */
  List<Tenant> tenants();

  /** Creates a tenant. */
  Tenant createTenant(String name);

  /** Creates a VIEWER or EDITOR of a tenant. */
  UserAccount createUser(TenantId tenantId, String username, char[] password, Role role);

  /**
   * Creates the first network administrator (at first start, from the environment) unless one
   * exists already; needs no signed-in caller.
   */
  void ensureNetworkAdministrator(String username, char[] password);
}
