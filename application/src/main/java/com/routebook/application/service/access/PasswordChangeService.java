package com.routebook.application.service.access;

import com.routebook.application.port.in.access.AuthenticateUseCase;
import com.routebook.application.port.in.access.ChangePasswordUseCase;
import com.routebook.application.port.in.access.RecordSecurityEventUseCase;
import com.routebook.application.port.out.AccessChanges;
import com.routebook.application.port.out.CurrentUser;
import com.routebook.application.port.out.PasswordWork;
import com.routebook.application.port.out.UserAccounts;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.ForbiddenException;
import com.routebook.domain.Input;
import com.routebook.domain.Rule;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import com.routebook.domain.access.SecurityEventType;
import com.routebook.domain.access.UserAccount;
import com.routebook.domain.tenant.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;

/**
 * A signed-in user changes their own password. The new password is checked first (no hashing for
 * one that breaks the rules); the current one is checked as a sign-in ({@link
 * AuthenticateUseCase}), so a wrong one counts toward the throttle and a throttled caller is
 * refused before any hashing. The new hash moves the account's session generation: the user's
 * sessions end on every instance, and remembered credentials no longer match.
 */
@ApplicationScoped
public class PasswordChangeService implements ChangePasswordUseCase {

  private UserAccounts accounts;
  private AuthenticateUseCase authenticate;
  private AccessChanges changes;
  private CurrentUser currentUser;
  private PasswordHashing hashing;
  private RecordSecurityEventUseCase events = RecordSecurityEventUseCase.NOWHERE;

  /** For the CDI proxy only. */
  protected PasswordChangeService() {}

  @Inject
  public PasswordChangeService(
      UserAccounts accounts,
      AuthenticateUseCase authenticate,
      AccessChanges changes,
      CurrentUser currentUser) {
    this(accounts, authenticate, changes, currentUser, new PasswordHashing());
  }

  PasswordChangeService(
      UserAccounts accounts,
      AuthenticateUseCase authenticate,
      AccessChanges changes,
      CurrentUser currentUser,
      PasswordHashing hashing) {
    this.accounts = accounts;
    this.authenticate = authenticate;
    this.changes = changes;
    this.currentUser = currentUser;
    this.hashing = hashing;
  }

  /** Records each password change in the security event log. */
  @Inject
  void recordEventsWith(RecordSecurityEventUseCase events) {
    this.events = events;
  }

  /** Counts the PBKDF2 work of this service (the operations metric of password hashing). */
  @Inject
  void countPasswordWorkWith(PasswordWork work) {
    hashing.countWith(work);
  }

  /**
   * Runs in no transaction of its own: a wrong current password is recorded by the throttle and
   * must stay recorded when the change is refused; the account is replaced in one statement.
   */
  @Override
  public void changePassword(char[] currentPassword, char[] newPassword) {
    Actor actor = currentUser.actor();
    if (accounts.findByUsername(actor.username()).isEmpty()) {
      throw new ForbiddenException(Rule.NOT_A_USER);
    }
    if (newPassword == null
        || newPassword.length < TenantAdministrationService.MIN_PASSWORD_LENGTH) {
      throw invalid(
          Violation.of(
              Input.NEW_PASSWORD,
              Rule.PASSWORD_TOO_SHORT,
              TenantAdministrationService.MIN_PASSWORD_LENGTH));
    }
    if (Arrays.equals(newPassword, currentPassword)) {
      throw invalid(Violation.of(Input.NEW_PASSWORD, Rule.PASSWORD_UNCHANGED));
    }
    if (currentPassword == null
        || currentPassword.length == 0
        || authenticate
            .signIn(actor.username(), currentPassword, currentUser.clientAddress())
            .isEmpty()) {
      throw invalid(Violation.of(Input.CURRENT_PASSWORD, Rule.CURRENT_PASSWORD_WRONG));
    }
    String newHash = hashing.hash(newPassword);
    for (int attempt = 1; ; attempt++) {
      Optional<UserAccount> stored = accounts.findByUsername(actor.username());
      if (stored.isEmpty()) {
        throw new ForbiddenException(Rule.NOT_A_USER);
      }
      if (accounts.replace(stored.get(), stored.get().withPasswordHash(newHash))) {
        changes.changedHere();
        events.record(
            SecurityEventType.PASSWORD_CHANGED,
            actor.username(),
            actor.tenantId(),
            currentUser.clientAddress(),
            "password changed; the other sessions ended");
        return;
      }
      if (attempt >= UserAdministrationService.ATTEMPTS) {
        throw new IllegalStateException(actor.username() + " keeps changing; try again");
      }
    }
  }

  private static ValidationException invalid(Violation violation) {
    return new ValidationException(ErrorCode.INVALID_PASSWORD_CHANGE, violation);
  }
}
