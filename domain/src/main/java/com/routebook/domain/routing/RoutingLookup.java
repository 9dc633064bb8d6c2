package com.routebook.domain.routing;

import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ParticipantId;
import java.util.List;
import java.util.Optional;

/**
 * What the routing rules need to know about one tenant's directory and the public registry; the
 * application answers it from data it loaded beforehand, so rules never query a store.
 */
public interface RoutingLookup {

  /** The tenant's customer with that number, in any state. */
  Optional<Customer> customerByNumber(CustomerNumber number);

  /** The tenant's customer for a participant, in any state. */
  Optional<Customer> customerOf(ParticipantId participantId);

  /** A registry participant by id. */
  Optional<Participant> participant(ParticipantId participantId);

  /** Registry participants carrying the (normalized) identifier, in any status. */
  List<Participant> participantsWith(Identifier identifier);
}
