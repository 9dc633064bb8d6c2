package com.routebook.application.port.in.routing;

import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.routing.DocumentRecord;
import com.routebook.domain.routing.RoutingDecision;
import java.util.List;

/**
 * After a customer is added or fixed: the stopped documents it now matches (they would be routed to
 * it), offered (viewer) and resent together (editor).
 */
public interface ResendCustomerDocumentsUseCase {

  /** The stopped documents that would now be routed to the customer, by document id. */
  List<DocumentRecord> stoppedDocumentsMatching(CustomerId customerId);

  /** Resends those documents; their new decisions by document id. */
  List<RoutingDecision> resendMatching(CustomerId customerId);
}
