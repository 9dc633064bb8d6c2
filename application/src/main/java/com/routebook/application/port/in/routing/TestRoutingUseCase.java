package com.routebook.application.port.in.routing;

import com.routebook.domain.routing.DocumentReference;
import com.routebook.domain.routing.RoutingDecision;

/** Shows where a document would go, keeping nothing (viewer). */
public interface TestRoutingUseCase {

  /** The decision routing would take now. */
  RoutingDecision testRouting(DocumentReference document);
}
