package com.routebook.domain.access;

import com.routebook.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * An entry of the security event log: when, what, who (the username given or acting; absent when
 * unknown, e.g. an unknown API key), the tenant concerned (absent for a network administrator or
 * when unknown), the client address, and a detail in words. Never a secret: no password, no API key
 * secret. Texts are cut to what the log keeps (username {@value #USERNAME_LENGTH}, address {@value
 * #ADDRESS_LENGTH}, detail {@value #DETAIL_LENGTH} characters), so a made-up username of a megabyte
 * costs nothing.
 */
public record SecurityEvent(
    Instant at,
    SecurityEventType type,
    String username,
    TenantId tenantId,
    String address,
    String detail) {

  public static final int USERNAME_LENGTH = 100;
  public static final int ADDRESS_LENGTH = 64;
  public static final int DETAIL_LENGTH = 1000;

  /** The address of an event whose client is not known. */
  public static final String UNKNOWN_ADDRESS = "unknown";

  public SecurityEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(type, "type");
    username = username == null ? null : cut(username, USERNAME_LENGTH);
    address = address == null || address.isBlank() ? UNKNOWN_ADDRESS : cut(address, ADDRESS_LENGTH);
    detail = detail == null ? "" : cut(detail, DETAIL_LENGTH);
  }

  private static String cut(String text, int length) {
    return text.length() > length ? text.substring(0, length) : text;
  }
}
