package com.routebook.adapter.persistence.directory;

import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.customer.CustomerNumbers;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ServiceProviderId;
import com.routebook.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Converts between customers and their rows. A stored customer is rebuilt as it was accepted,
 * without checking its numbers against today's rules.
 */
final class CustomerMapper {

  private CustomerMapper() {}

  static Customer toDomain(CustomerEntity entity, List<CustomerNumberEntity> numbers) {
    return Customer.reconstitute(
        new CustomerId(entity.id),
        new TenantId(entity.tenantId),
        new ParticipantId(entity.participantId),
        CustomerNumbers.stored(
            numbers.stream()
                .sorted(Comparator.comparingInt(n -> n.position))
                .map(n -> n.number)
                .toList()),
        new ServiceProviderId(entity.serviceProviderId),
        CustomerState.valueOf(entity.state),
        entity.version);
  }

  static void copyFields(Customer customer, CustomerEntity entity) {
    entity.participantId = customer.participantId().value();
    entity.serviceProviderId = customer.serviceProviderId().value();
    entity.updatedAt = Instant.now();
    entity.state = customer.state().name();
  }

  /** The same customer with the version the store gave it. */
  static Customer withVersion(Customer customer, long version) {
    return Customer.reconstitute(
        customer.id(),
        customer.tenantId(),
        customer.participantId(),
        customer.numbers(),
        customer.serviceProviderId(),
        customer.state(),
        version);
  }
}
