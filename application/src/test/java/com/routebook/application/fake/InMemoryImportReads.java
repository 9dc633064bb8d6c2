package com.routebook.application.fake;

import com.routebook.application.port.out.CustomerDirectory;
import com.routebook.application.port.out.ImportReads;
import com.routebook.application.port.out.ParticipantRegistry;
import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.tenant.TenantId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An import's reads answered by a directory and a registry (the in-memory ones in tests). */
public class InMemoryImportReads implements ImportReads {

  private final CustomerDirectory directory;
  private final ParticipantRegistry registry;

  public InMemoryImportReads(CustomerDirectory directory, ParticipantRegistry registry) {
    this.directory = directory;
    this.registry = registry;
  }

  @Override
  public List<Participant> participantsByIdentifiers(Set<Identifier> identifiers) {
    return registry.findByIdentifiers(identifiers);
  }

  @Override
  public List<Customer> customersByParticipants(
      TenantId tenantId, Set<ParticipantId> participantIds) {
    return directory.findByParticipants(tenantId, participantIds);
  }

  @Override
  public Map<CustomerNumber, CustomerId> holdersOfNumbers(
      TenantId tenantId, Set<CustomerNumber> numbers) {
    Map<CustomerNumber, CustomerId> holders = new HashMap<>();
    for (Customer holder : directory.findByCustomerNumbers(tenantId, numbers)) {
      holder.numbers().values().stream()
          .filter(numbers::contains)
          .forEach(n -> holders.put(n, holder.id()));
    }
    return holders;
  }
}
