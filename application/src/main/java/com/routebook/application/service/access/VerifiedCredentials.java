package com.routebook.application.service.access;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Passwords verified recently, remembered as a salted SHA-256 digest so that a caller who sends the
 * same credentials on every API call is not hashed with PBKDF2 every time (the model is
 * Elasticsearch's realm cache).
 *
 * <p>A digest covers the username, the password and the <em>stored</em> password hash it was
 * verified against, under a random salt of this instance that never leaves memory. The account is
 * read from the database on every call and its stored hash goes into the comparison, so a changed
 * password (a new stored hash) or a removed account takes effect at once on every instance: there
 * is nothing to invalidate. An entry lives {@link #LIFETIME} at most; memory is bounded by {@link
 * #CAPACITY} entries (when full, expired entries are dropped, and if none is, nothing new is
 * remembered until some expire).
 */
final class VerifiedCredentials {

  static final Duration LIFETIME = Duration.ofMinutes(5);
  static final int CAPACITY = 10_000;

  private final byte[] salt = new byte[32];
  private final Map<String, Remembered> entries = new ConcurrentHashMap<>();
  private final int capacity;

  VerifiedCredentials() {
    this(CAPACITY);
  }

  VerifiedCredentials(int capacity) {
    this.capacity = capacity;
    new SecureRandom().nextBytes(salt);
  }

  /** Whether these credentials were verified against this stored hash and have not expired. */
  boolean contains(String username, char[] password, String storedHash, Instant now) {
    Remembered remembered = entries.get(username);
    if (remembered == null) {
      return false;
    }
    if (!now.isBefore(remembered.expiresAt())) {
      entries.remove(username, remembered);
      return false;
    }
    return MessageDigest.isEqual(remembered.digest(), digest(username, password, storedHash));
  }

  /** Remembers credentials that PBKDF2 has just verified against the stored hash. */
  void remember(String username, char[] password, String storedHash, Instant now) {
    if (entries.size() >= capacity && !entries.containsKey(username)) {
      entries.values().removeIf(r -> !now.isBefore(r.expiresAt()));
      if (entries.size() >= capacity) {
        return;
      }
    }
    entries.put(
        username, new Remembered(digest(username, password, storedHash), now.plus(LIFETIME)));
  }

  /**
   * A salted fingerprint of these credentials against this stored hash, for telling apart checks of
   * the same credentials running at once; it reveals nothing of the password.
   */
  String fingerprint(String username, char[] password, String storedHash) {
    return Base64.getEncoder().encodeToString(digest(username, password, storedHash));
  }

  /** Forgets the user's credentials (a failed attempt, a sign-out). */
  void forget(String username) {
    entries.remove(username);
  }

  /** How many credentials are remembered. */
  int size() {
    return entries.size();
  }

  private byte[] digest(String username, char[] password, String storedHash) {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
    sha256.update(salt);
    sha256.update(storedHash.getBytes(StandardCharsets.UTF_8));
    sha256.update((byte) 0);
    sha256.update(username.getBytes(StandardCharsets.UTF_8));
    sha256.update((byte) 0);
    ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
    byte[] bytes = new byte[encoded.remaining()];
    encoded.get(bytes);
    try {
      return sha256.digest(bytes);
    } finally {
      Arrays.fill(bytes, (byte) 0);
      if (encoded.hasArray()) {
        Arrays.fill(encoded.array(), (byte) 0);
      }
    }
  }

  private record Remembered(byte[] digest, Instant expiresAt) {}
}
