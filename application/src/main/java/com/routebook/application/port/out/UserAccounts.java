package com.routebook.application.port.out;

import com.routebook.domain.access.UserAccount;
import com.routebook.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/** The accounts of the people who sign in (tenants' users and network administrators). */
public interface UserAccounts {

  /** The account with that username, which is unique across all tenants. */
  Optional<UserAccount> findByUsername(String username);

  /** Whether any network administrator account exists. */
  boolean anyNetworkAdministrator();

  /**
   * Stores a new account.
   *
   * @throws com.routebook.domain.ConflictException {@code USERNAME_TAKEN} if the name is taken
   */
  UserAccount add(UserAccount account);

  /** The accounts of a tenant, by username. */
  List<UserAccount> inTenant(TenantId tenantId);

  /**
   * Stores an account's changed state (its password hash, whether it is disabled, its session
   * generation; the username, role and tenant stay as they are) if the account is still stored as
   * {@code stored}: a change made meanwhile by someone else is never overwritten.
   *
   * @return whether the change was stored; false when the account is gone or changed meanwhile
   */
  boolean replace(UserAccount stored, UserAccount changed);
}
