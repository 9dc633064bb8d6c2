package com.routebook.application.port.in.access;

import com.routebook.domain.tenant.Actor;
import java.util.Optional;

/**
 * Checks credentials. Repeated failures for one username from one client address, for one username
 * and from one address are throttled: after a few, further attempts are refused without checking
 * for a growing while, so guessing slows down while the real user, elsewhere, is kept out briefly
 * at most.
 */
public interface AuthenticateUseCase {

  /**
   * The actor for a username and password, or empty when they do not match or the account is
   * disabled.
   *
   * @throws com.routebook.domain.TooManyAttemptsException when the username or the address has
   *     failed too often: the attempt is refused before any password is checked
   */
  Optional<Actor> signIn(String username, char[] password, String clientAddress);

  /**
   * The actor for an API key's secret (an editor within the key's scopes), or empty when no active
   * key has it or the key has expired (a failure recorded in the security event log). The use is
   * recorded as the key's last, to the minute.
   */
  Optional<Actor> useApiKey(String secret, String clientAddress);

  /** {@link #useApiKey(String, String)} from an address not known. */
  default Optional<Actor> useApiKey(String secret) {
    return useApiKey(secret, null);
  }

  /**
   * The ticket a session keeps for a user who has just signed in; empty when the account is gone
   * already.
   */
  Optional<SessionTicket> ticket(String username);

  /**
   * The actor of a session's ticket, read as the account is now (on any instance: no stale memory);
   * empty once the account is gone or disabled, or its password, role, tenant or session generation
   * changed since the ticket was given, which ends the session.
   */
  Optional<Actor> resume(SessionTicket ticket);
}
