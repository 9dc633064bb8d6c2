package com.routebook.application.fake;

import com.routebook.domain.customer.Customer;
import com.routebook.domain.participant.Participant;

/** Detached copies of aggregates, so a fake never shares state with its callers. */
final class Copies {

  private Copies() {}

  static Customer copy(Customer c, long version) {
    return Customer.reconstitute(
        c.id(),
        c.tenantId(),
        c.participantId(),
        c.numbers(),
        c.serviceProviderId(),
        c.state(),
        version);
  }

  static Participant copy(Participant p, long version) {
    return Participant.reconstitute(
        p.id(),
        p.name(),
        p.country(),
        p.eAddress(),
        p.identifiers(),
        p.serviceProviders(),
        p.defaultProviderId(),
        p.status(),
        version);
  }
}
