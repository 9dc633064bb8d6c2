package com.routebook.application.fake;

import com.routebook.application.port.out.CustomerDirectory;
import com.routebook.domain.ConflictException;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.NotFoundException;
import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerExistsException;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.customer.CustomerNumberTakenException;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.tenant.TenantId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every tenant's customer directory in memory; counts its look-ups so tests can bound them. The
 * read sides ({@link InMemoryDirectorySearch}, {@link InMemoryRoutingDirectory}) read it.
 */
public class InMemoryCustomerDirectory implements CustomerDirectory {

  private final Map<CustomerId, Customer> customers = new LinkedHashMap<>();
  private final Map<CustomerId, Long> savedAt = new HashMap<>();
  private long saves;
  private int lookups;

  @Override
  public synchronized Optional<Customer> findById(TenantId tenantId, CustomerId customerId) {
    lookups++;
    return of(tenantId).filter(c -> c.id().equals(customerId)).findFirst();
  }

  @Override
  public synchronized Optional<Customer> findByParticipant(
      TenantId tenantId, ParticipantId participantId) {
    lookups++;
    return of(tenantId).filter(c -> c.participantId().equals(participantId)).findFirst();
  }

  @Override
  public synchronized List<Customer> findByCustomerNumbers(
      TenantId tenantId, Set<CustomerNumber> numbers) {
    lookups++;
    return of(tenantId)
        .filter(c -> c.numbers().values().stream().anyMatch(numbers::contains))
        .toList();
  }

  @Override
  public synchronized List<Customer> findByParticipants(
      TenantId tenantId, Set<ParticipantId> participantIds) {
    lookups++;
    return of(tenantId).filter(c -> participantIds.contains(c.participantId())).toList();
  }

  @Override
  public synchronized Customer add(TenantId tenantId, Customer customer) {
    requireTenant(tenantId, customer);
    if (customers.containsKey(customer.id())) {
      throw new ConflictException(ErrorCode.CUSTOMER_ID_TAKEN, customer.id());
    }
    Optional<Customer> sameParticipant =
        of(tenantId).filter(c -> c.participantId().equals(customer.participantId())).findFirst();
    if (sameParticipant.isPresent()) {
      throw new CustomerExistsException(sameParticipant.get().id());
    }
    requireNumbersFree(tenantId, customer);
    Customer stored = Copies.copy(customer, 1);
    customers.put(stored.id(), stored);
    savedAt.put(stored.id(), ++saves);
    return Copies.copy(stored, 1);
  }

  @Override
  public synchronized Customer update(TenantId tenantId, Customer customer) {
    // a customer of another tenant is not in this tenant's directory (as in the database)
    Customer current = stored(tenantId, customer.id());
    if (!customer.tenantId().equals(tenantId)) {
      throw notFound(customer.id());
    }
    if (current.version() != customer.version()) {
      throw ConflictException.concurrentChange();
    }
    Optional<Customer> sameParticipant =
        of(tenantId)
            .filter(c -> c.participantId().equals(customer.participantId()))
            .filter(c -> !c.id().equals(customer.id()))
            .findFirst();
    if (sameParticipant.isPresent()) {
      throw new CustomerExistsException(sameParticipant.get().id());
    }
    requireNumbersFree(tenantId, customer);
    Customer stored = Copies.copy(customer, customer.version() + 1);
    customers.put(stored.id(), stored);
    savedAt.put(stored.id(), ++saves);
    return Copies.copy(stored, stored.version());
  }

  @Override
  public synchronized void delete(TenantId tenantId, CustomerId customerId, long expectedVersion) {
    Customer current = stored(tenantId, customerId);
    if (current.version() != expectedVersion) {
      throw ConflictException.concurrentChange();
    }
    customers.remove(customerId);
  }

  /** Copies of all the tenant's customers, in the order they were added (for the read sides). */
  public synchronized List<Customer> all(TenantId tenantId) {
    return of(tenantId).toList();
  }

  /** Copies of the customers of every tenant linked to the participant (for the alerts). */
  public synchronized List<Customer> holding(ParticipantId participantId) {
    return customers.values().stream()
        .filter(c -> c.participantId().equals(participantId))
        .map(c -> Copies.copy(c, c.version()))
        .toList();
  }

  /** When the customer was last saved, as a count of saves (for the order by last change). */
  public synchronized long savedAt(CustomerId customerId) {
    return savedAt.getOrDefault(customerId, 0L);
  }

  /** How many look-ups (finders) were made so far. */
  public synchronized int lookups() {
    return lookups;
  }

  private Customer stored(TenantId tenantId, CustomerId customerId) {
    Customer current = customers.get(customerId);
    if (current == null || !current.tenantId().equals(tenantId)) {
      throw notFound(customerId);
    }
    return current;
  }

  private static NotFoundException notFound(CustomerId customerId) {
    return new NotFoundException(ErrorCode.CUSTOMER_NOT_FOUND, customerId);
  }

  private void requireNumbersFree(TenantId tenantId, Customer customer) {
    List<CustomerNumber> held =
        of(tenantId)
            .filter(c -> !c.id().equals(customer.id()))
            .flatMap(c -> c.numbers().values().stream())
            .toList();
    List<String> taken =
        customer.numbers().values().stream()
            .filter(held::contains)
            .map(CustomerNumber::value)
            .toList();
    if (!taken.isEmpty()) {
      throw new CustomerNumberTakenException(taken);
    }
  }

  private static void requireTenant(TenantId tenantId, Customer customer) {
    if (!customer.tenantId().equals(tenantId)) {
      throw new IllegalArgumentException(
          "customer of tenant " + customer.tenantId() + " saved for tenant " + tenantId);
    }
  }

  private Stream<Customer> of(TenantId tenantId) {
    return customers.values().stream()
        .filter(c -> c.tenantId().equals(tenantId))
        .map(c -> Copies.copy(c, c.version()));
  }
}
