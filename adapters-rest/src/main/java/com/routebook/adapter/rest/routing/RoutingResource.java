package com.routebook.adapter.rest.routing;

import com.routebook.adapter.rest.common.Bodies;
import com.routebook.adapter.rest.common.DecisionResponse;
import com.routebook.adapter.rest.common.DocumentReferenceJson;
import com.routebook.adapter.rest.problem.Problem;
import com.routebook.application.port.in.routing.TestRoutingUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Test routing: where a document would go now; nothing is kept (viewer). */
@Path("routing")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Routing and documents", description = "Route documents and handle stopped ones")
public class RoutingResource {

  @Inject TestRoutingUseCase testRouting;

  @POST
  @Path("test")
  @Operation(
      summary = "Test routing",
      description =
          "References are tried in order: customer number, E-address, OVT, IBAN, GLN,"
              + " organization number, VAT number; the first that matches decides.")
  @APIResponse(
      responseCode = "200",
      description = "the decision routing would take now",
      content = @Content(schema = @Schema(implementation = DecisionResponse.class)))
  @APIResponse(
      responseCode = "422",
      description = "INVALID_DOCUMENT: documentId missing or too long",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public DecisionResponse test(DocumentReferenceJson document) {
    return DecisionResponse.from(testRouting.testRouting(Bodies.required(document).toDomain()));
  }
}
