package com.routebook.application.service.access;

import com.routebook.application.port.out.PasswordWork;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted PBKDF2-HMAC-SHA256 password hashes, stored as {@code
 * pbkdf2-sha256$<iterations>$<salt>$<hash>} (Base64 without padding). New hashes use 600,000
 * iterations (OWASP's advice); a stored hash is checked with the iterations it names. Each
 * derivation, a check or a new hash, is counted by {@link PasswordWork} once a counter is given.
 */
public class PasswordHashing {

  /** Iterations of new hashes. */
  public static final int ITERATIONS = 600_000;

  private static final String PREFIX = "pbkdf2-sha256";
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getDecoder();

  private final int iterations;

  private volatile PasswordWork work = PasswordWork.UNCOUNTED;

  /** Hashing with {@link #ITERATIONS} iterations. */
  public PasswordHashing() {
    this(ITERATIONS);
  }

  /** Hashing with other iterations (tests). */
  PasswordHashing(int iterations) {
    this.iterations = iterations;
  }

  /** Counts each derivation from now on with this counter. */
  void countWith(PasswordWork work) {
    this.work = work;
  }

  /** A new salted hash of the password. */
  public String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    return PREFIX
        + "$"
        + iterations
        + "$"
        + ENCODER.encodeToString(salt)
        + "$"
        + ENCODER.encodeToString(derive(password, salt, iterations));
  }

  /** Whether the password matches the stored hash; a malformed hash matches nothing. */
  public boolean matches(char[] password, String stored) {
    String[] parts = stored == null ? new String[0] : stored.split("\\$");
    if (parts.length != 4 || !parts[0].equals(PREFIX)) {
      return false;
    }
    try {
      int storedIterations = Integer.parseInt(parts[1]);
      byte[] salt = DECODER.decode(parts[2]);
      byte[] expected = DECODER.decode(parts[3]);
      return MessageDigest.isEqual(expected, derive(password, salt, storedIterations));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private byte[] derive(char[] password, byte[] salt, int iterations) {
    work.derived();
    try {
      PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
      try {
        return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
            .generateSecret(spec)
            .getEncoded();
      } finally {
        spec.clearPassword();
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
    }
  }
}
