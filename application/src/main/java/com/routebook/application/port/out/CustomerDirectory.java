package com.routebook.application.port.out;

import com.routebook.domain.ConflictException;
import com.routebook.domain.NotFoundException;
import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The tenants' customer directories. Every method works inside the given tenant only: a customer of
 * another tenant is never found, never changed and its numbers never clash.
 *
 * <p>Versions: a customer that was never saved has version 0; {@link #add} stores it with version 1
 * and each {@link #update} increments it. A save based on another version than the stored one is
 * refused with {@link ConflictException} {@code CONCURRENT_CHANGE} and changes nothing (a JPA
 * adapter maps its {@code @Version} failure to it).
 *
 * <p>This is the write side: whole aggregates. Search pages are read by {@link DirectorySearch}.
 */
public interface CustomerDirectory {

  /** The customer with that id in the tenant's directory. */
  Optional<Customer> findById(TenantId tenantId, CustomerId customerId);

  /** The tenant's customer for a participant (at most one exists). */
  Optional<Customer> findByParticipant(TenantId tenantId, ParticipantId participantId);

  /**
   * The tenant's customers (any state) holding at least one of the numbers, in one query; used to
   * check uniqueness and to route many documents at once.
   */
  List<Customer> findByCustomerNumbers(TenantId tenantId, Set<CustomerNumber> numbers);

  /** The tenant's customers (any state) for any of the participants, in one query. */
  List<Customer> findByParticipants(TenantId tenantId, Set<ParticipantId> participantIds);

  /**
   * Stores a new customer (version 0) and returns it with version 1.
   *
   * @throws ConflictException {@code CUSTOMER_NUMBER_TAKEN} if another customer of the tenant holds
   *     one of its numbers, {@code CUSTOMER_EXISTS} if the tenant already has a customer for the
   *     participant
   */
  Customer add(TenantId tenantId, Customer customer);

  /**
   * Stores a changed customer and returns it with the next version.
   *
   * @throws ConflictException {@code CONCURRENT_CHANGE} if the stored version differs from the
   *     customer's, {@code CUSTOMER_NUMBER_TAKEN} if another customer holds one of its numbers
   * @throws NotFoundException {@code CUSTOMER_NOT_FOUND} if the tenant has no such customer
   */
  Customer update(TenantId tenantId, Customer customer);

  /**
   * Removes a customer for good, freeing its numbers.
   *
   * @throws ConflictException {@code CONCURRENT_CHANGE} if the stored version differs
   * @throws NotFoundException {@code CUSTOMER_NOT_FOUND} if the tenant has no such customer
   */
  void delete(TenantId tenantId, CustomerId customerId, long expectedVersion);
}
