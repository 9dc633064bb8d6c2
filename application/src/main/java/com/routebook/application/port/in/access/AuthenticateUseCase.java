package com.routebook.application.port.in.access;

import com.routebook.domain.tenant.Actor;
import java.util.Optional;

/**
 * Checks credentials. Repeated failures for one username from one client address are throttled:
 * after a few, further attempts from that address are refused without checking for a growing while,
 * so guessing slows down while the real user, elsewhere, can still sign in.
 */
public interface AuthenticateUseCase {

  /** The actor for a username and password, or empty when they do not match (or are throttled). */
  Optional<Actor> signIn(String username, char[] password, String clientAddress);

  /** The actor for an API key's secret, or empty when no active key has it. */
  Optional<Actor> useApiKey(String secret);
}
