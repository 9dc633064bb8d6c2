package com.routebook.domain.access;

import java.util.UUID;

/** Opaque identity of a user account. */
public record UserId(String value) {

  public UserId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("userId must not be blank, was \"" + value + "\"");
    }
  }

  /** A fresh id. */
  public static UserId newId() {
    return new UserId(UUID.randomUUID().toString());
  }
}
