package com.routebook.domain.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A document to route: its id and the recipient references it carries (any may be {@code null};
 * blank values count as absent and values are trimmed).
 */
public record DocumentReference(
    DocumentId documentId,
    String customerNumber,
    String eAddress,
    String ovt,
    String iban,
    String gln,
    String organizationNumber,
    String vatNumber) {

  public DocumentReference {
    Objects.requireNonNull(documentId, "documentId");
    customerNumber = clean(customerNumber);
    eAddress = clean(eAddress);
    ovt = clean(ovt);
    iban = clean(iban);
    gln = clean(gln);
    organizationNumber = clean(organizationNumber);
    vatNumber = clean(vatNumber);
  }

  /** A reference with only an id; add references with the {@code with…} methods. */
  public static DocumentReference of(String documentId) {
    return new DocumentReference(
        new DocumentId(documentId), null, null, null, null, null, null, null);
  }

  /** A copy carrying this reference (replacing one of the same kind). */
  public DocumentReference with(MatchedBy kind, String value) {
    return new DocumentReference(
        documentId,
        kind == MatchedBy.CUSTOMER_NUMBER ? value : customerNumber,
        kind == MatchedBy.E_ADDRESS ? value : eAddress,
        kind == MatchedBy.OVT ? value : ovt,
        kind == MatchedBy.IBAN ? value : iban,
        kind == MatchedBy.GLN ? value : gln,
        kind == MatchedBy.ORGANIZATION_NUMBER ? value : organizationNumber,
        kind == MatchedBy.VAT ? value : vatNumber);
  }

  /** The value of one kind of reference, if the document carries it. */
  public Optional<String> reference(MatchedBy kind) {
    return Optional.ofNullable(
        switch (kind) {
          case CUSTOMER_NUMBER -> customerNumber;
          case E_ADDRESS -> eAddress;
          case OVT -> ovt;
          case IBAN -> iban;
          case GLN -> gln;
          case ORGANIZATION_NUMBER -> organizationNumber;
          case VAT -> vatNumber;
        });
  }

  /** The kinds of reference the document carries, in priority order. */
  public List<MatchedBy> present() {
    List<MatchedBy> kinds = new ArrayList<>();
    for (MatchedBy kind : MatchedBy.values()) {
      if (reference(kind).isPresent()) {
        kinds.add(kind);
      }
    }
    return kinds;
  }

  private static String clean(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
