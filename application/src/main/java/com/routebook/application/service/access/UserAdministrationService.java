package com.routebook.application.service.access;

import com.routebook.application.port.in.access.ManageUsersUseCase;
import com.routebook.application.port.in.access.RecordSecurityEventUseCase;
import com.routebook.application.port.out.AccessChanges;
import com.routebook.application.port.out.CurrentUser;
import com.routebook.application.port.out.Tenants;
import com.routebook.application.port.out.UserAccounts;
import com.routebook.application.service.Access;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.NotFoundException;
import com.routebook.domain.access.SecurityEventType;
import com.routebook.domain.access.UserAccount;
import com.routebook.domain.tenant.Role;
import com.routebook.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Network administrators list, disable and enable the users of a tenant. A change is announced
 * ({@link AccessChanges}), so every instance forgets what it remembered of the account: a disabled
 * user's next API call is refused and their screen sessions end at their next request, everywhere.
 */
@ApplicationScoped
public class UserAdministrationService implements ManageUsersUseCase {

  /** How many times a change is tried again on an account changed meanwhile. */
  static final int ATTEMPTS = 3;

  private Tenants tenants;
  private UserAccounts accounts;
  private AccessChanges changes;
  private CurrentUser currentUser;
  private RecordSecurityEventUseCase events = RecordSecurityEventUseCase.NOWHERE;

  /** For the CDI proxy only. */
  protected UserAdministrationService() {}

  @Inject
  public UserAdministrationService(
      Tenants tenants, UserAccounts accounts, AccessChanges changes, CurrentUser currentUser) {
    this.tenants = tenants;
    this.accounts = accounts;
    this.changes = changes;
    this.currentUser = currentUser;
  }

  /** Records each disabling and enabling in the security event log. */
  @Inject
  void recordEventsWith(RecordSecurityEventUseCase events) {
    this.events = events;
  }

  @Override
  public List<UserAccount> users(TenantId tenantId) {
    requireTenant(tenantId);
    return accounts.inTenant(tenantId);
  }

  @Override
  @Transactional
  public UserAccount disable(TenantId tenantId, String username) {
    UserAccount user = change(tenantId, username, UserAccount::disabled, UserAccount::disable);
    recorded(SecurityEventType.USER_DISABLED, user, "disabled; their sessions ended");
    return user;
  }

  @Override
  @Transactional
  public UserAccount enable(TenantId tenantId, String username) {
    UserAccount user = change(tenantId, username, UserAccount::enabled, UserAccount::enable);
    recorded(SecurityEventType.USER_ENABLED, user, "enabled");
    return user;
  }

  private UserAccount change(
      TenantId tenantId,
      String username,
      Predicate<UserAccount> done,
      UnaryOperator<UserAccount> how) {
    requireTenant(tenantId);
    for (int attempt = 1; ; attempt++) {
      UserAccount stored =
          accounts
              .findByUsername(username == null ? "" : username)
              .filter(account -> tenantId.equals(account.tenantId()))
              .orElseThrow(() -> new NotFoundException(ErrorCode.USER_NOT_FOUND, username));
      if (done.test(stored)) {
        return stored;
      }
      UserAccount changed = how.apply(stored);
      if (accounts.replace(stored, changed)) {
        changes.changedHere();
        return changed;
      }
      if (attempt >= ATTEMPTS) {
        throw new IllegalStateException("user " + username + " keeps changing; try again");
      }
    }
  }

  private void recorded(SecurityEventType type, UserAccount user, String what) {
    events.record(
        type,
        currentUser.actor().username(),
        user.tenantId(),
        currentUser.clientAddress(),
        "user " + user.username() + " " + what);
  }

  private void requireTenant(TenantId tenantId) {
    Access.requireRole(currentUser.actor(), Role.NETWORK_ADMIN);
    if (tenants.findById(tenantId).isEmpty()) {
      throw new NotFoundException(ErrorCode.TENANT_NOT_FOUND, tenantId.value());
    }
  }
}
