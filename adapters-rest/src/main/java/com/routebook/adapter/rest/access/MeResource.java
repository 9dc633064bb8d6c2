package com.routebook.adapter.rest.access;

import com.routebook.adapter.rest.common.Bodies;
import com.routebook.adapter.rest.problem.Problem;
import com.routebook.application.port.in.access.ChangePasswordUseCase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What every signed-in user does for themselves: change their password. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "The signed-in user's own account")
public class MeResource {

  @Inject ChangePasswordUseCase passwords;

  @PUT
  @Path("password")
  @Operation(
      summary = "Change your password",
      description =
          "Gives the current password and the new one. Your other sessions end, on every"
              + " instance; the old password no longer works. A wrong current password counts"
              + " as a failed sign-in.")
  @APIResponse(responseCode = "204", description = "changed")
  @APIResponse(
      responseCode = "422",
      description =
          "INVALID_PASSWORD_CHANGE: the current password is wrong, or the new one is shorter than"
              + " 12 characters or the same as the current one",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "429",
      description =
          "TOO_MANY_ATTEMPTS: too many wrong passwords for you or from your address; nothing was"
              + " checked; Retry-After gives the seconds to wait",
      headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response changePassword(PasswordChangeRequest request) {
    PasswordChangeRequest body = Bodies.required(request);
    passwords.changePassword(chars(body.currentPassword()), chars(body.newPassword()));
    return Response.noContent().build();
  }

  private static char[] chars(String text) {
    return text == null ? null : text.toCharArray();
  }
}
