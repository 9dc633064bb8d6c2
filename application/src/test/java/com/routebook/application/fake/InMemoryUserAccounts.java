package com.routebook.application.fake;

import com.routebook.application.port.out.UserAccounts;
import com.routebook.domain.ConflictException;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.access.UserAccount;
import com.routebook.domain.tenant.Role;
import com.routebook.domain.tenant.TenantId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The user accounts in memory. */
public class InMemoryUserAccounts implements UserAccounts {

  private final Map<String, UserAccount> byUsername = new LinkedHashMap<>();

  @Override
  public synchronized Optional<UserAccount> findByUsername(String username) {
    return Optional.ofNullable(byUsername.get(username));
  }

  @Override
  public synchronized boolean anyNetworkAdministrator() {
    return byUsername.values().stream().anyMatch(a -> a.role() == Role.NETWORK_ADMIN);
  }

  @Override
  public synchronized UserAccount add(UserAccount account) {
    if (byUsername.containsKey(account.username())) {
      throw new ConflictException(ErrorCode.USERNAME_TAKEN, account.username());
    }
    byUsername.put(account.username(), account);
    return account;
  }

  @Override
  public synchronized List<UserAccount> inTenant(TenantId tenantId) {
    return byUsername.values().stream()
        .filter(account -> tenantId.equals(account.tenantId()))
        .sorted(Comparator.comparing(UserAccount::username))
        .toList();
  }

  @Override
  public synchronized boolean replace(UserAccount stored, UserAccount changed) {
    UserAccount now =
        byUsername.values().stream()
            .filter(account -> account.id().equals(stored.id()))
            .findFirst()
            .orElse(null);
    if (now == null
        || !now.passwordHash().equals(stored.passwordHash())
        || now.disabled() != stored.disabled()
        || now.sessionGeneration() != stored.sessionGeneration()) {
      return false;
    }
    byUsername.put(
        now.username(),
        new UserAccount(
            now.id(),
            now.username(),
            changed.passwordHash(),
            now.role(),
            now.tenantId(),
            changed.disabled(),
            changed.sessionGeneration()));
    return true;
  }

  /** Replaces a stored account whatever it was (tests only). */
  public synchronized void replace(UserAccount account) {
    byUsername.put(account.username(), account);
  }

  /** Removes an account (tests only: no port does it yet). */
  public synchronized void remove(String username) {
    byUsername.remove(username);
  }
}
