package com.routebook.domain.participant;

import java.util.Objects;

/** An operator through which participants receive documents. */
public record ServiceProvider(ServiceProviderId id, String name) {

  public ServiceProvider {
    Objects.requireNonNull(id, "serviceProvider.id");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(
          "serviceProvider.name must not be blank, was \"" + name + "\"");
    }
    name = name.strip();
  }

  /** A new provider with a fresh id. */
  public static ServiceProvider named(String name) {
    return new ServiceProvider(ServiceProviderId.newId(), name);
  }
}
