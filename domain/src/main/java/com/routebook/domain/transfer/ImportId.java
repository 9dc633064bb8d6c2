package com.routebook.domain.transfer;

import java.util.Objects;
import java.util.UUID;

/** The opaque id of one import of a tenant. */
public record ImportId(String value) {

  public ImportId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("blank import id");
    }
  }

  /** A new random id. */
  public static ImportId newId() {
    return new ImportId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
