package com.routebook.application.port.out;

import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.tenant.TenantId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reads an import makes for a chunk of its rows: a fixed number of statements per chunk and
 * kind, none per row, and plans that do not depend on how many customers the database believes the
 * tenant has (an import into a new tenant makes that belief wrong while it runs).
 */
public interface ImportReads {

  /** The registry's participants holding any of these identifiers, whole. */
  List<Participant> participantsByIdentifiers(Set<Identifier> identifiers);

  /** The tenant's customers of these participants, with their numbers. */
  List<Customer> customersByParticipants(TenantId tenantId, Set<ParticipantId> participantIds);

  /** The tenant's customer holding each of these numbers, for the numbers held. */
  Map<CustomerNumber, CustomerId> holdersOfNumbers(TenantId tenantId, Set<CustomerNumber> numbers);
}
