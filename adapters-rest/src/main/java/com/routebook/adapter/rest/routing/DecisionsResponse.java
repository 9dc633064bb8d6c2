package com.routebook.adapter.rest.routing;

import com.routebook.adapter.rest.common.DecisionResponse;
import com.routebook.domain.routing.RoutingDecision;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Decisions in the order of the documents sent. */
@Schema(name = "Decisions")
public record DecisionsResponse(List<DecisionResponse> results) {

  public static DecisionsResponse from(List<RoutingDecision> decisions) {
    return new DecisionsResponse(decisions.stream().map(DecisionResponse::from).toList());
  }
}
