package com.routebook.adapter.rest.access;

import com.routebook.adapter.rest.common.Bodies;
import com.routebook.adapter.rest.problem.Problem;
import com.routebook.application.port.in.access.ManageApiKeysUseCase;
import com.routebook.application.port.in.access.ManageApiKeysUseCase.IssuedApiKey;
import com.routebook.domain.access.ApiKeyId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's tenant's API keys for machine clients (tenant editors). */
@Path("api-keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "API keys", description = "Credentials of machine clients (tenant editors)")
public class ApiKeyResource {

  @Inject ManageApiKeysUseCase apiKeys;

  @Context UriInfo uriInfo;

  @GET
  @Operation(summary = "List the tenant's active API keys")
  @APIResponse(
      responseCode = "200",
      description = "the keys, without secrets",
      content =
          @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ApiKeyJson.class)))
  public List<ApiKeyJson> list() {
    return apiKeys.list().stream().map(ApiKeyJson::from).toList();
  }

  @POST
  @Operation(
      summary = "Create an API key",
      description =
          "The answer holds the secret, which is never shown again. The key may do only what its"
              + " scopes allow (default ROUTING and DIRECTORY_READ), and expires at expiresAt"
              + " (none: never). A key (scope KEYS) cannot give a new key a scope it lacks: 403.")
  @APIResponse(
      responseCode = "201",
      description = "the new key and its secret",
      headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = IssuedApiKeyJson.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "INVALID_API_KEY: name missing or too long, a scope unknown or none, expiresAt not"
              + " after now",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response create(NewApiKeyRequest request) {
    NewApiKeyRequest given = Bodies.required(request);
    IssuedApiKey issued = apiKeys.create(given.name(), given.scopeSet(), given.expiry());
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.created(
            uriInfo
                .getBaseUriBuilder()
                .path(ApiKeyResource.class)
                .path(issued.apiKey().id().value())
                .build())
        .cacheControl(noStore)
        .entity(IssuedApiKeyJson.from(issued))
        .build();
  }

  @DELETE
  @Path("{id}")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Revoke an API key")
  @APIResponse(responseCode = "204", description = "revoked")
  @APIResponse(
      responseCode = "404",
      description = "API_KEY_NOT_FOUND",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response revoke(@PathParam("id") String id) {
    apiKeys.revoke(new ApiKeyId(id));
    return Response.noContent().build();
  }
}
