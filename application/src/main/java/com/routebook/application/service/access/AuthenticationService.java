package com.routebook.application.service.access;

import com.routebook.application.port.in.access.AuthenticateUseCase;
import com.routebook.application.port.in.access.RecordSecurityEventUseCase;
import com.routebook.application.port.in.access.SessionTicket;
import com.routebook.application.port.out.AccessChanges;
import com.routebook.application.port.out.ApiKeys;
import com.routebook.application.port.out.Clock;
import com.routebook.application.port.out.PasswordWork;
import com.routebook.application.port.out.SignInFailures;
import com.routebook.application.port.out.UserAccounts;
import com.routebook.domain.TooManyAttemptsException;
import com.routebook.domain.access.ApiKey;
import com.routebook.domain.access.SecurityEventType;
import com.routebook.domain.access.UserAccount;
import com.routebook.domain.tenant.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks passwords (throttled per username and client address, per username and per address: {@link
 * LoginThrottle}) and API keys. A disabled account signs in nowhere and its sessions end.
 *
 * <p>A password verified with PBKDF2 is then recognised by a salted SHA-256 digest for a while
 * ({@link VerifiedCredentials}), so API calls with HTTP Basic do not pay the slow hash every time.
 * Accounts and active API keys read from the database are remembered ({@link RememberedAccess})
 * only while {@link AccessChanges} says no account or key changed since, on any instance: a changed
 * password, a removed account or a revoked key counts as soon as the change is heard of, and
 * nothing is trusted from memory while changes cannot be followed.
 */
@ApplicationScoped
public class AuthenticationService implements AuthenticateUseCase {

  private UserAccounts accounts;
  private ApiKeys apiKeys;
  private Clock clock;
  private PasswordHashing hashing;
  private RememberedAccess<String, UserAccount> rememberedAccounts;
  private RememberedAccess<String, ApiKey> rememberedKeys;

  /** Checked when the username is unknown, so that the answer takes as long as for a known one. */
  private String decoyHash;

  /** How long an account or a key read is trusted at most, even when nothing was heard of. */
  private static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);

  /** How many accounts, and how many keys, are remembered at most. */
  private static final int REMEMBERED_AT_MOST = 10_000;

  private LoginThrottle throttle;

  private KeyUses keyUses;

  private RecordSecurityEventUseCase events = RecordSecurityEventUseCase.NOWHERE;

  private final VerifiedCredentials verified = new VerifiedCredentials();

  /** The password checks running now, by the fingerprint of their credentials. */
  private final Map<String, CompletableFuture<Boolean>> verifying = new ConcurrentHashMap<>();

  /** For the CDI proxy only. */
  protected AuthenticationService() {}

  @Inject
  public AuthenticationService(
      UserAccounts accounts,
      ApiKeys apiKeys,
      SignInFailures failures,
      AccessChanges changes,
      Clock clock) {
    this(accounts, apiKeys, failures, changes, clock, new PasswordHashing());
  }

  /**
   * Records failures and throttling in the security event log (never a success: an API call signs
   * in on every call, and the screens record their sign-ins themselves).
   */
  @Inject
  void recordEventsWith(RecordSecurityEventUseCase events) {
    this.events = events;
  }

  AuthenticationService(
      UserAccounts accounts,
      ApiKeys apiKeys,
      SignInFailures failures,
      AccessChanges changes,
      Clock clock,
      PasswordHashing hashing) {
    this.accounts = accounts;
    this.apiKeys = apiKeys;
    this.clock = clock;
    this.hashing = hashing;
    this.decoyHash = hashing.hash("decoy".toCharArray());
    this.rememberedAccounts = new RememberedAccess<>(changes, REMEMBERED_FOR, REMEMBERED_AT_MOST);
    this.rememberedKeys = new RememberedAccess<>(changes, REMEMBERED_FOR, REMEMBERED_AT_MOST);
    this.throttle = new LoginThrottle(failures, changes);
    this.keyUses = new KeyUses(apiKeys);
  }

  /** Counts the PBKDF2 work of this service (the operations metric of password hashing). */
  @Inject
  void countPasswordWorkWith(PasswordWork work) {
    hashing.countWith(work);
  }

  @Override
  public Optional<Actor> signIn(String username, char[] password, String clientAddress) {
    if (username == null || password == null || username.isBlank()) {
      return Optional.empty();
    }
    Instant now = clock.now();
    try {
      throttle.check(username, clientAddress, now);
    } catch (TooManyAttemptsException refused) {
      events.record(
          SecurityEventType.THROTTLED,
          username,
          null,
          clientAddress,
          "sign-in refused unchecked: too many failed sign-ins for this user or from this address");
      throw refused;
    }
    Optional<UserAccount> account =
        rememberedAccounts
            .get(username, now, () -> accounts.findByUsername(username))
            .filter(UserAccount::enabled);
    if (account.isPresent()
        && verified.contains(username, password, account.get().passwordHash(), now)) {
      return account.map(UserAccount::actor);
    }
    boolean matches =
        passwordMatches(
                username, password, account.map(UserAccount::passwordHash).orElse(decoyHash))
            && account.isPresent();
    if (!matches) {
      verified.forget(username);
      throttle.failed(username, clientAddress, now);
      events.record(
          SecurityEventType.SIGN_IN_FAILED,
          username,
          account.map(UserAccount::tenantId).orElse(null),
          clientAddress,
          account.isPresent() ? "wrong password" : "unknown user");
      return Optional.empty();
    }
    verified.remember(username, password, account.get().passwordHash(), now);
    throttle.succeeded(username, clientAddress, now);
    return account.map(UserAccount::actor);
  }

  /**
   * PBKDF2 once for the same credentials asked at the same time: the other calls wait for its
   * answer. Without it, when a remembered password expired under load, every connection of that
   * user hashed it at once (16 hashes of a tenth of a second of CPU each in the benchmark: a p99 of
   * 0.4 s). Different passwords are checked each on their own.
   */
  private boolean passwordMatches(String username, char[] password, String storedHash) {
    String key = verified.fingerprint(username, password, storedHash);
    CompletableFuture<Boolean> mine = new CompletableFuture<>();
    CompletableFuture<Boolean> running = verifying.putIfAbsent(key, mine);
    if (running != null) {
      return running.join();
    }
    try {
      boolean matches = hashing.matches(password, storedHash);
      mine.complete(matches);
      return matches;
    } catch (RuntimeException e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      verifying.remove(key, mine);
    }
  }

  @Override
  public Optional<Actor> useApiKey(String secret, String clientAddress) {
    if (secret == null || secret.isBlank()) {
      return Optional.empty();
    }
    String hash = ApiKeySecrets.hash(secret);
    Instant now = clock.now();
    Optional<ApiKey> key =
        rememberedKeys.get(hash, now, () -> apiKeys.findActiveBySecretHash(hash));
    if (key.isEmpty()) {
      events.record(SecurityEventType.SIGN_IN_FAILED, null, null, clientAddress, "unknown API key");
      return Optional.empty();
    }
    ApiKey found = key.get();
    if (found.expiredAt(now)) {
      events.record(
          SecurityEventType.SIGN_IN_FAILED,
          found.actor().username(),
          found.tenantId(),
          clientAddress,
          "API key " + found.id().value() + " expired at " + found.expiresAt());
      return Optional.empty();
    }
    keyUses.used(found.id(), now);
    return Optional.of(found.actor());
  }

  @Override
  public Optional<SessionTicket> ticket(String username) {
    return account(username)
        .filter(UserAccount::enabled)
        .map(account -> new SessionTicket(username, stamp(account)));
  }

  @Override
  public Optional<Actor> resume(SessionTicket ticket) {
    if (ticket == null || ticket.username() == null) {
      return Optional.empty();
    }
    return account(ticket.username())
        .filter(UserAccount::enabled)
        .filter(account -> stamp(account).equals(ticket.accountStamp()))
        .map(UserAccount::actor);
  }

  private Optional<UserAccount> account(String username) {
    return rememberedAccounts.get(username, clock.now(), () -> accounts.findByUsername(username));
  }

  /**
   * A digest of what a session depends on: the password (as hashed), the role, the tenant, the
   * session generation.
   */
  static String stamp(UserAccount account) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      String stamped =
          account.passwordHash()
              + "\n"
              + account.role()
              + "\n"
              + account.tenantId()
              + "\n"
              + account.sessionGeneration();
      byte[] digest = sha256.digest(stamped.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
