package com.routebook.application.service.access;

import com.routebook.application.port.in.access.AuthenticateUseCase;
import com.routebook.application.port.out.ApiKeys;
import com.routebook.application.port.out.Clock;
import com.routebook.application.port.out.UserAccounts;
import com.routebook.domain.access.ApiKey;
import com.routebook.domain.access.UserAccount;
import com.routebook.domain.tenant.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks passwords (throttled per username and client address) and API keys. The account is read on
 * every call; a password verified with PBKDF2 is then recognised by a salted SHA-256 digest for a
 * while ({@link VerifiedCredentials}), so API calls with HTTP Basic do not pay the slow hash every
 * time, while a changed password or a removed account counts at once on every instance.
 */
@ApplicationScoped
public class AuthenticationService implements AuthenticateUseCase {

  private UserAccounts accounts;
  private ApiKeys apiKeys;
  private Clock clock;
  private PasswordHashing hashing;

  /** Checked when the username is unknown, so that the answer takes as long as for a known one. */
  private String decoyHash;

  private final LoginThrottle throttle = new LoginThrottle();

  private final VerifiedCredentials verified = new VerifiedCredentials();

  /** For the CDI proxy only. */
  protected AuthenticationService() {}

  @Inject
  public AuthenticationService(UserAccounts accounts, ApiKeys apiKeys, Clock clock) {
    this(accounts, apiKeys, clock, new PasswordHashing());
  }

  AuthenticationService(
      UserAccounts accounts, ApiKeys apiKeys, Clock clock, PasswordHashing hashing) {
    this.accounts = accounts;
    this.apiKeys = apiKeys;
    this.clock = clock;
    this.hashing = hashing;
    this.decoyHash = hashing.hash("decoy".toCharArray());
  }

  @Override
  public Optional<Actor> signIn(String username, char[] password, String clientAddress) {
    if (username == null || password == null || username.isBlank()) {
      return Optional.empty();
    }
    Instant now = clock.now();
    if (!throttle.allows(username, clientAddress, now)) {
      return Optional.empty();
    }
    Optional<UserAccount> account = accounts.findByUsername(username);
    if (account.isPresent()
        && verified.contains(username, password, account.get().passwordHash(), now)) {
      return account.map(UserAccount::actor);
    }
    boolean matches =
        hashing.matches(password, account.map(UserAccount::passwordHash).orElse(decoyHash))
            && account.isPresent();
    if (!matches) {
      verified.forget(username);
      throttle.failed(username, clientAddress, now);
      return Optional.empty();
    }
    verified.remember(username, password, account.get().passwordHash(), now);
    throttle.succeeded(username, clientAddress);
    return account.map(UserAccount::actor);
  }

  @Override
  public Optional<Actor> useApiKey(String secret) {
    if (secret == null || secret.isBlank()) {
      return Optional.empty();
    }
    return apiKeys.findActiveBySecretHash(ApiKeySecrets.hash(secret)).map(ApiKey::actor);
  }
}
