package com.routebook.adapter.rest.registry;

import com.routebook.adapter.rest.common.Bodies;
import com.routebook.adapter.rest.common.ServiceProviderJson;
import com.routebook.adapter.rest.problem.Problem;
import com.routebook.application.port.in.registry.ListServiceProvidersUseCase;
import com.routebook.application.port.in.registry.RegisterServiceProviderUseCase;
import com.routebook.domain.participant.ServiceProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The network's service providers: every user reads, network administrators add. */
@Path("registry/service-providers")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Public customer registry")
public class ServiceProviderResource {

  @Inject ListServiceProvidersUseCase listProviders;
  @Inject RegisterServiceProviderUseCase registerProvider;

  @GET
  @Operation(summary = "List the service providers, sorted by name")
  @APIResponse(
      responseCode = "200",
      description = "every provider",
      content =
          @Content(
              schema =
                  @Schema(type = SchemaType.ARRAY, implementation = ServiceProviderJson.class)))
  public List<ServiceProviderJson> list() {
    return listProviders.list().stream().map(ServiceProviderJson::from).toList();
  }

  @POST
  @Operation(summary = "Add a service provider (network administrator)")
  @APIResponse(
      responseCode = "201",
      description = "the new provider",
      content = @Content(schema = @Schema(implementation = ServiceProviderJson.class)))
  @APIResponse(
      responseCode = "422",
      description = "INVALID_SERVICE_PROVIDER: name missing",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response register(ServiceProviderRequest request) {
    ServiceProvider provider = registerProvider.register(Bodies.required(request).name());
    return Response.status(Response.Status.CREATED)
        .entity(ServiceProviderJson.from(provider))
        .build();
  }
}
