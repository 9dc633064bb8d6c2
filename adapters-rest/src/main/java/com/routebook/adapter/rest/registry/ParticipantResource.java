package com.routebook.adapter.rest.registry;

import com.routebook.adapter.rest.common.Bodies;
import com.routebook.adapter.rest.common.PageParams;
import com.routebook.adapter.rest.common.QueryParams;
import com.routebook.adapter.rest.problem.Problem;
import com.routebook.application.port.in.registry.ActivateParticipantUseCase;
import com.routebook.application.port.in.registry.DeactivateParticipantUseCase;
import com.routebook.application.port.in.registry.GetParticipantUseCase;
import com.routebook.application.port.in.registry.RegisterParticipantUseCase;
import com.routebook.application.port.in.registry.SearchRegistryUseCase;
import com.routebook.application.port.in.registry.SearchRegistryUseCase.SearchRegistryQuery;
import com.routebook.application.port.in.registry.UpdateParticipantUseCase;
import com.routebook.application.port.in.registry.UpdateParticipantUseCase.UpdateParticipantCommand;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ParticipantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public customer registry's participants: every user reads, network administrators change. One
 * instance serves every call (nothing is made per search, which is on the hot path); what a call
 * needs of its request comes as a parameter.
 */
@Path("registry/participants")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Public customer registry",
    description = "Participants and service providers (every user reads, administrators change)")
public class ParticipantResource {

  private static final String PROBLEM = Problem.MEDIA_TYPE;

  @Inject SearchRegistryUseCase searchRegistry;
  @Inject GetParticipantUseCase getParticipant;
  @Inject RegisterParticipantUseCase registerParticipant;
  @Inject UpdateParticipantUseCase updateParticipant;
  @Inject DeactivateParticipantUseCase deactivateParticipant;
  @Inject ActivateParticipantUseCase activateParticipant;

  @GET
  @Operation(
      summary = "Search the registry",
      description =
          "q matches name, identifiers, E-address and provider name; * is any run of characters.")
  @APIResponse(
      responseCode = "200",
      description = "a page of participants",
      content = @Content(schema = @Schema(implementation = ParticipantPage.class)))
  @APIResponse(
      responseCode = "422",
      description = "bad query or parameter (INVALID_SEARCH, INVALID_PAGE, INVALID_PARAMETER)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  public ParticipantPage search(
      @Parameter(description = "search box; absent: all participants") @QueryParam("q") String q,
      @Parameter(schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true"))
          @QueryParam("caseSensitive")
          String caseSensitive,
      @BeanParam PageParams paging) {
    return ParticipantPage.from(
        searchRegistry.search(
            new SearchRegistryQuery(QueryParams.search(q, caseSensitive), paging.request())));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Read a participant")
  @APIResponse(
      responseCode = "200",
      description = "the participant",
      content = @Content(schema = @Schema(implementation = ParticipantResponse.class)))
  @APIResponse(
      responseCode = "404",
      description = "PARTICIPANT_NOT_FOUND",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  public ParticipantResponse get(@PathParam("id") String id) {
    return ParticipantResponse.from(getParticipant.get(new ParticipantId(id)));
  }

  @POST
  @Operation(summary = "Register a participant (network administrator)")
  @APIResponse(
      responseCode = "201",
      description = "the new, active participant",
      headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = ParticipantResponse.class)))
  @APIResponse(
      responseCode = "422",
      description = "INVALID_IDENTIFIER or INVALID_PARTICIPANT, one error per bad field",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  public Response register(ParticipantRequest request, @Context UriInfo uriInfo) {
    Participant registered = registerParticipant.register(Bodies.required(request).toData());
    return Response.created(
            uriInfo
                .getBaseUriBuilder()
                .path(ParticipantResource.class)
                .path(registered.id().value())
                .build())
        .entity(ParticipantResponse.from(registered))
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Replace a participant's registry data (network administrator)")
  @APIResponse(
      responseCode = "200",
      description = "the changed participant",
      content = @Content(schema = @Schema(implementation = ParticipantResponse.class)))
  @APIResponse(
      responseCode = "404",
      description = "PARTICIPANT_NOT_FOUND",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description = "INVALID_IDENTIFIER or INVALID_PARTICIPANT, one error per bad field",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  public ParticipantResponse update(@PathParam("id") String id, ParticipantRequest request) {
    return ParticipantResponse.from(
        updateParticipant.update(
            new UpdateParticipantCommand(
                new ParticipantId(id), Bodies.required(request).toData())));
  }

  @POST
  @Path("{id}/deactivate")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Deactivate a participant: Non existing (network administrator)")
  @APIResponse(
      responseCode = "200",
      description = "the changed participant",
      content = @Content(schema = @Schema(implementation = ParticipantResponse.class)))
  @APIResponse(
      responseCode = "404",
      description = "PARTICIPANT_NOT_FOUND",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  public ParticipantResponse deactivate(@PathParam("id") String id) {
    return ParticipantResponse.from(deactivateParticipant.deactivate(new ParticipantId(id)));
  }

  @POST
  @Path("{id}/activate")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Activate a participant again (network administrator)")
  @APIResponse(
      responseCode = "200",
      description = "the changed participant",
      content = @Content(schema = @Schema(implementation = ParticipantResponse.class)))
  @APIResponse(
      responseCode = "404",
      description = "PARTICIPANT_NOT_FOUND",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  public ParticipantResponse activate(@PathParam("id") String id) {
    return ParticipantResponse.from(activateParticipant.activate(new ParticipantId(id)));
  }
}
