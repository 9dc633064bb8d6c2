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
   * Puts the network administrator named at start ({@code ADMIN_USER}) in place: creates the
   * account unless an account of that name exists, whatever other administrators (the demo ones
   * included) there are. An existing account is left as it is (its password too). Needs no
   * signed-in caller.
   */
  AdministratorSeed ensureNetworkAdministrator(String username, char[] password);

  /**
   * The demo accounts (the development data's users) that exist and still accept the published demo
   * password: anyone can sign in as them. Needs no signed-in caller.
   */
  List<String> demoAccountsInPlace();

  /** What {@link #ensureNetworkAdministrator} found or did. */
  enum AdministratorSeed {
    /** The account was created as a network administrator. */
    CREATED,
    /** A network administrator of that name existed already and was left as it is. */
    ALREADY_PRESENT,
    /** A tenant's user has that name: no administrator was created. */
    NAME_TAKEN_BY_A_TENANT_USER
  }
}
