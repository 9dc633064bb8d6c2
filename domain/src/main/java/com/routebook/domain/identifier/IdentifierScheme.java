package com.routebook.domain.identifier;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of identifier that name a company, each with its field name in the API. */
public enum IdentifierScheme {
  ORGANIZATION_NUMBER("organizationNumber", "Organization number"),
  VAT("vatNumber", "VAT number"),
  GLN("gln", "GLN"),
  OVT("ovt", "OVT"),
  IBAN("iban", "IBAN"),
  E_ADDRESS("eAddress", "E-address");

  private final String field;
  private final String label;

  IdentifierScheme(String field, String label) {
    this.field = field;
    this.label = label;
  }

  /** The field name in the API and in validation errors, e.g. {@code vatNumber}. */
  public String field() {
    return field;
  }

  /** The name used in messages, e.g. {@code VAT number}. */
  public String label() {
    return label;
  }

  /** The scheme whose API field name is field, if any. */
  public static Optional<IdentifierScheme> ofField(String field) {
    return Arrays.stream(values()).filter(s -> s.field.equals(field)).findFirst();
  }
}
