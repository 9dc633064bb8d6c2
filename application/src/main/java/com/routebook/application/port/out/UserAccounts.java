package com.routebook.application.port.out;

import com.routebook.domain.access.UserAccount;
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
}
