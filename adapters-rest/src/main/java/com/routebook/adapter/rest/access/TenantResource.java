package com.routebook.adapter.rest.access;

import com.routebook.adapter.rest.common.Bodies;
import com.routebook.adapter.rest.common.QueryParams;
import com.routebook.adapter.rest.problem.Problem;
import com.routebook.application.port.in.access.ManageTenantsUseCase;
import com.routebook.application.port.in.access.ManageUsersUseCase;
import com.routebook.domain.access.Tenant;
import com.routebook.domain.access.UserAccount;
import com.routebook.domain.tenant.Role;
import com.routebook.domain.tenant.TenantId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

/** Tenants and their users (network administrators). */
@Path("admin/tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "Tenants and their users (network administrators)")
public class TenantResource {

  private static final String INVALID_USER = "INVALID_USER";

  @Inject ManageTenantsUseCase tenants;

  @Inject ManageUsersUseCase users;

  @Context UriInfo uriInfo;

  @GET
  @Operation(summary = "List the tenants")
  @APIResponse(
      responseCode = "200",
      description = "every tenant",
      content =
          @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TenantJson.class)))
  public List<TenantJson> list() {
    return tenants.tenants().stream().map(TenantJson::from).toList();
  }

  @POST
  @Operation(summary = "Create a tenant")
  @APIResponse(
      responseCode = "201",
      description = "the new tenant",
      headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = TenantJson.class)))
  @APIResponse(
      responseCode = "422",
      description = "INVALID_TENANT: name missing or too long",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response create(NameRequest request) {
    Tenant tenant = tenants.createTenant(Bodies.required(request).name());
    return Response.created(
            uriInfo
                .getBaseUriBuilder()
                .path(TenantResource.class)
                .path(tenant.id().value())
                .build())
        .entity(TenantJson.from(tenant))
        .build();
  }

  @POST
  @Path("{id}/users")
  @Operation(summary = "Create a viewer or editor of a tenant")
  @APIResponse(
      responseCode = "201",
      description = "the new user (without password)",
      content = @Content(schema = @Schema(implementation = UserJson.class)))
  @APIResponse(
      responseCode = "404",
      description = "TENANT_NOT_FOUND",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "USERNAME_TAKEN",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description = "INVALID_USER: bad username, password or role",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response createUser(@PathParam("id") String id, NewUserRequest request) {
    NewUserRequest body = Bodies.required(request);
    // which roles and passwords a tenant's user may have is the use case's rule
    Role role = QueryParams.enumValue("role", body.role(), Role.class, INVALID_USER);
    char[] password = body.password() == null ? null : body.password().toCharArray();
    UserAccount user = tenants.createUser(new TenantId(id), body.username(), password, role);
    return Response.status(Response.Status.CREATED).entity(UserJson.from(user)).build();
  }

  @GET
  @Path("{id}/users")
  @Operation(summary = "List a tenant's users with their state")
  @APIResponse(
      responseCode = "200",
      description = "the tenant's users by username (without passwords)",
      content =
          @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = UserJson.class)))
  @APIResponse(
      responseCode = "404",
      description = "TENANT_NOT_FOUND",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public List<UserJson> users(@PathParam("id") String id) {
    return users.users(new TenantId(id)).stream().map(UserJson::from).toList();
  }

  @POST
  @Path("{id}/users/{username}/disable")
  @Operation(
      summary = "Disable a user of a tenant",
      description =
          "The user signs in nowhere; their API calls answer 401 at once and their screen"
              + " sessions end at their next request, on every instance.")
  @APIResponse(
      responseCode = "200",
      description = "the user",
      content = @Content(schema = @Schema(implementation = UserJson.class)))
  @APIResponse(
      responseCode = "404",
      description = "TENANT_NOT_FOUND or USER_NOT_FOUND (no such user in that tenant)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public UserJson disable(@PathParam("id") String id, @PathParam("username") String username) {
    return enabled(id, username, false);
  }

  @POST
  @Path("{id}/users/{username}/enable")
  @Operation(summary = "Enable a disabled user of a tenant again")
  @APIResponse(
      responseCode = "200",
      description = "the user",
      content = @Content(schema = @Schema(implementation = UserJson.class)))
  @APIResponse(
      responseCode = "404",
      description = "TENANT_NOT_FOUND or USER_NOT_FOUND (no such user in that tenant)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public UserJson enable(@PathParam("id") String id, @PathParam("username") String username) {
    return enabled(id, username, true);
  }

  /** Enables or disables the user of the tenant (no change when it is so already). */
  private UserJson enabled(String id, String username, boolean enabled) {
    TenantId tenant = new TenantId(id);
    return UserJson.from(
        enabled ? users.enable(tenant, username) : users.disable(tenant, username));
  }
}
