package com.routebook.domain.access;

import java.util.UUID;

/** Opaque identity of an API key (not its secret). */
public record ApiKeyId(String value) {

  public ApiKeyId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("apiKeyId must not be blank, was \"" + value + "\"");
    }
  }

  /** A fresh id. */
  public static ApiKeyId newId() {
    return new ApiKeyId(UUID.randomUUID().toString());
  }
}
