package com.routebook.domain.tenant;

/** Opaque identity of a tenant. */
public record TenantId(String value) {

  public TenantId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("tenantId must not be blank, was \"" + value + "\"");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
