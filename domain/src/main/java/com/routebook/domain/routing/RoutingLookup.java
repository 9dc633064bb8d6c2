package com.routebook.domain.routing;

import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.participant.ParticipantId;
import java.util.List;
import java.util.Optional;

/**
 * What the routing rules need to know about one tenant's directory and the public registry, as flat
 * read records; the application answers it from rows it read beforehand, so rules never query a
 * store.
 */
public interface RoutingLookup {

  /** The tenant's customer with that number, in any state. */
  Optional<RoutingCustomer> customerByNumber(CustomerNumber number);

  /** The tenant's customer for a participant, in any state. */
  Optional<RoutingCustomer> customerOf(ParticipantId participantId);

  /** A registry participant by id (known at least for every customer the lookup answers). */
  Optional<RoutingParticipant> participant(ParticipantId participantId);

  /** Registry participants carrying the (normalized) identifier, in any status. */
  List<RoutingParticipant> participantsWith(Identifier identifier);
}
