package com.routebook.application.service.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API key secrets: 256 random bits, shown once; only their SHA-256 is kept (a slow hash is not
 * needed for a secret this long, and a plain digest lets a key be found by its hash).
 */
final class ApiKeySecrets {

  private static final SecureRandom RANDOM = new SecureRandom();

  private ApiKeySecrets() {}

  /** A new secret, URL-safe text prefixed {@code rbk_}. */
  static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return "rbk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The SHA-256 of a secret, lower-case hex. */
  static String hash(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
