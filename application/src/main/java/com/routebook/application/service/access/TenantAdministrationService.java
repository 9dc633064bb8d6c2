package com.routebook.application.service.access;

import com.routebook.application.port.in.access.ManageTenantsUseCase;
import com.routebook.application.port.in.access.RecordSecurityEventUseCase;
import com.routebook.application.port.out.Clock;
import com.routebook.application.port.out.CurrentUser;
import com.routebook.application.port.out.PasswordWork;
import com.routebook.application.port.out.Tenants;
import com.routebook.application.port.out.UserAccounts;
import com.routebook.application.service.Access;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.Input;
import com.routebook.domain.NotFoundException;
import com.routebook.domain.Rule;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import com.routebook.domain.access.SecurityEventType;
import com.routebook.domain.access.Tenant;
import com.routebook.domain.access.UserAccount;
import com.routebook.domain.access.UserId;
import com.routebook.domain.tenant.Actor;
import com.routebook.domain.tenant.Role;
import com.routebook.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Network administrators create tenants and their users; the first administrator is seeded. */
@ApplicationScoped
public class TenantAdministrationService implements ManageTenantsUseCase {

  /** Shortest password accepted for a new user. */
  static final int MIN_PASSWORD_LENGTH = 12;

  /** The users of the development data (README), and the password published for them. */
  static final List<String> DEMO_USERNAMES =
      List.of("demo-viewer", "demo-editor", "other-editor", "network-admin");

  static final String DEMO_PASSWORD = "demo-password";

  private Tenants tenants;
  private UserAccounts accounts;
  private CurrentUser currentUser;
  private Clock clock;
  private PasswordHashing hashing;
  private RecordSecurityEventUseCase events = RecordSecurityEventUseCase.NOWHERE;

  /** For the CDI proxy only. */
  protected TenantAdministrationService() {}

  /** Records the users created in the security event log. */
  @Inject
  void recordEventsWith(RecordSecurityEventUseCase events) {
    this.events = events;
  }

  @Inject
  public TenantAdministrationService(
      Tenants tenants, UserAccounts accounts, CurrentUser currentUser, Clock clock) {
    this(tenants, accounts, currentUser, clock, new PasswordHashing());
  }

  TenantAdministrationService(
      Tenants tenants,
      UserAccounts accounts,
      CurrentUser currentUser,
      Clock clock,
      PasswordHashing hashing) {
    this.hashing = hashing;
    this.tenants = tenants;
    this.accounts = accounts;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** Counts the PBKDF2 work of this service (the operations metric of password hashing). */
  @Inject
  void countPasswordWorkWith(PasswordWork work) {
    hashing.countWith(work);
  }

  @Override
  public List<Tenant> tenants() {
    Access.requireRole(currentUser.actor(), Role.NETWORK_ADMIN);
    return tenants.all();
  }

  @Override
  @Transactional
  public Tenant createTenant(String name) {
    Access.requireRole(currentUser.actor(), Role.NETWORK_ADMIN);
    return tenants.add(Tenant.create(name, clock.now()));
  }

  @Override
  @Transactional
  public UserAccount createUser(TenantId tenantId, String username, char[] password, Role role) {
    Actor actor = currentUser.actor();
    Access.requireRole(actor, Role.NETWORK_ADMIN);
    if (role != Role.VIEWER && role != Role.EDITOR) {
      throw new ValidationException(
          ErrorCode.INVALID_USER, Violation.of(Input.ROLE, Rule.TENANT_USER_ROLE, role));
    }
    if (tenants.findById(tenantId).isEmpty()) {
      throw new NotFoundException(ErrorCode.TENANT_NOT_FOUND, tenantId.value());
    }
    UserAccount account =
        accounts.add(new UserAccount(UserId.newId(), username, hash(password), role, tenantId));
    events.record(
        SecurityEventType.USER_CREATED,
        actor.username(),
        tenantId,
        currentUser.clientAddress(),
        "user " + account.username() + " created as " + role);
    return account;
  }

  @Override
  @Transactional
  public AdministratorSeed ensureNetworkAdministrator(String username, char[] password) {
    Optional<UserAccount> existing = accounts.findByUsername(username);
    if (existing.isPresent()) {
      return existing.get().role() == Role.NETWORK_ADMIN
          ? AdministratorSeed.ALREADY_PRESENT
          : AdministratorSeed.NAME_TAKEN_BY_A_TENANT_USER;
    }
    accounts.add(
        new UserAccount(UserId.newId(), username, hash(password), Role.NETWORK_ADMIN, null));
    return AdministratorSeed.CREATED;
  }

  @Override
  public List<String> demoAccountsInPlace() {
    char[] published = DEMO_PASSWORD.toCharArray();
    return DEMO_USERNAMES.stream()
        .filter(
            name ->
                accounts
                    .findByUsername(name)
                    .filter(account -> hashing.matches(published, account.passwordHash()))
                    .isPresent())
        .toList();
  }

  private String hash(char[] password) {
    if (password == null || password.length < MIN_PASSWORD_LENGTH) {
      throw new ValidationException(
          ErrorCode.INVALID_USER,
          Violation.of(Input.PASSWORD, Rule.PASSWORD_TOO_SHORT, MIN_PASSWORD_LENGTH));
    }
    return hashing.hash(password);
  }
}
