package com.routebook.application.port.out;

import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.routing.RoutingCustomer;
import com.routebook.domain.routing.RoutingParticipant;
import com.routebook.domain.tenant.TenantId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The read side of routing: a tenant's directory and the public registry as flat rows, for a whole
 * batch of documents at a time. Each method answers with one query to the store whatever the number
 * of keys (none for an empty set), reads no aggregate and checks no rule: the rows are what the
 * write side stored. Only the given tenant's customers are ever answered.
 *
 * <p>A customer's chosen provider is given while its participant still offers it; once dropped,
 * {@link RoutingCustomer#offeredProvider()} is {@code null} and routing uses the participant's
 * default.
 */
public interface RoutingDirectory {

  /** The tenant's customers holding any of the numbers (any state), one row per number found. */
  List<NumberMatch> byCustomerNumbers(TenantId tenantId, Set<CustomerNumber> numbers);

  /**
   * Each of the tenant's customer numbers with its customer (any state), in one query whatever
   * their number, streamed to {@code each} in no particular order until it answers false.
   */
  void eachNumber(TenantId tenantId, Predicate<NumberMatch> each);

  /**
   * The participants (any status) carrying any of the identifiers, one row per identifier and
   * participant, with the tenant's customer of that participant when there is one. Identifiers are
   * given and compared in normalized form; the E-address is an identifier of scheme {@code
   * E_ADDRESS} in key form.
   */
  List<IdentifierMatch> byIdentifiers(TenantId tenantId, Set<Identifier> identifiers);

  /** A customer number of the tenant, its customer and the customer's participant. */
  record NumberMatch(
      CustomerNumber number, RoutingCustomer customer, RoutingParticipant participant) {

    public NumberMatch {
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(customer, "customer");
      Objects.requireNonNull(participant, "participant");
      requireSameParticipant(customer, participant);
    }
  }

  /**
   * A participant carrying an identifier, and the tenant's customer of that participant ({@code
   * null} when it is not a customer of the tenant).
   */
  record IdentifierMatch(
      Identifier identifier, RoutingParticipant participant, RoutingCustomer customer) {

    public IdentifierMatch {
      Objects.requireNonNull(identifier, "identifier");
      Objects.requireNonNull(participant, "participant");
      if (customer != null) {
        requireSameParticipant(customer, participant);
      }
    }

    /** The tenant's customer of the participant, if any. */
    public Optional<RoutingCustomer> customerIfAny() {
      return Optional.ofNullable(customer);
    }
  }

  private static void requireSameParticipant(
      RoutingCustomer customer, RoutingParticipant participant) {
    if (!customer.participantId().equals(participant.id())) {
      throw new IllegalArgumentException(
          "customer "
              + customer.id()
              + " links to participant "
              + customer.participantId()
              + ", not to "
              + participant.id());
    }
  }
}
