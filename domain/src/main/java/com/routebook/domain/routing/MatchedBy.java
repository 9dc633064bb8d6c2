package com.routebook.domain.routing;

import com.routebook.domain.identifier.IdentifierScheme;
import java.util.Optional;

/**
 * The kinds of recipient reference a document may carry, in routing priority order (the first that
 * matches decides).
 */
public enum MatchedBy {
  CUSTOMER_NUMBER(null),
  E_ADDRESS(IdentifierScheme.E_ADDRESS),
  OVT(IdentifierScheme.OVT),
  IBAN(IdentifierScheme.IBAN),
  GLN(IdentifierScheme.GLN),
  ORGANIZATION_NUMBER(IdentifierScheme.ORGANIZATION_NUMBER),
  VAT(IdentifierScheme.VAT);

  private final IdentifierScheme scheme;

  MatchedBy(IdentifierScheme scheme) {
    this.scheme = scheme;
  }

  /** The registry identifier scheme looked up; empty for the customer number. */
  public Optional<IdentifierScheme> scheme() {
    return Optional.ofNullable(scheme);
  }
}
