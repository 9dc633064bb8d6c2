package com.routebook.domain.participant;

import java.util.UUID;

/** Opaque identity of a service provider. */
public record ServiceProviderId(String value) {

  public ServiceProviderId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(
          "serviceProviderId must not be blank, was \"" + value + "\"");
    }
  }

  /** A new, unique id. */
  public static ServiceProviderId newId() {
    return new ServiceProviderId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
