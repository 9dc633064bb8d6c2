package com.routebook.domain.routing;

import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.identifier.Identifier;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The keys routing looks a document up by: its customer number as the directory compares it ({@link
 * CustomerNumber#tryParse}) and each registry reference as {@link RoutingRules#identifierFor}
 * normalizes it. A document can only ever be routed to a customer that holds one of these numbers
 * or whose participant carries one of these identifiers, so these keys are all that is needed to
 * find the stopped documents a customer may now match.
 */
public record RoutingKeys(Set<CustomerNumber> customerNumbers, Set<Identifier> identifiers) {

  public RoutingKeys {
    customerNumbers = Set.copyOf(Objects.requireNonNull(customerNumbers, "customerNumbers"));
    identifiers = Set.copyOf(Objects.requireNonNull(identifiers, "identifiers"));
  }

  /** The keys of a document's references; references that cannot be looked up give none. */
  public static RoutingKeys of(DocumentReference document) {
    Set<CustomerNumber> numbers = new LinkedHashSet<>();
    Set<Identifier> identifiers = new LinkedHashSet<>();
    for (MatchedBy kind : document.present()) {
      String raw = document.reference(kind).orElseThrow();
      if (kind == MatchedBy.CUSTOMER_NUMBER) {
        CustomerNumber.tryParse(raw).ifPresent(numbers::add);
      } else {
        RoutingRules.identifierFor(kind, raw).ifPresent(identifiers::add);
      }
    }
    return new RoutingKeys(numbers, identifiers);
  }

  /** Whether any of these keys is among the numbers or identifiers given. */
  public boolean sharesAnyWith(Set<CustomerNumber> numbers, Set<Identifier> others) {
    return customerNumbers.stream().anyMatch(numbers::contains)
        || identifiers.stream().anyMatch(others::contains);
  }
}
