package com.routebook.domain.customer;

import java.util.UUID;

/** Opaque identity of a customer in a tenant's directory. */
public record CustomerId(String value) {

  public CustomerId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("customerId must not be blank, was \"" + value + "\"");
    }
  }

  /** A new, unique id. */
  public static CustomerId newId() {
    return new CustomerId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
