package com.routebook.adapter.rest.settings;

import com.routebook.adapter.rest.common.Bodies;
import com.routebook.adapter.rest.common.QueryParams;
import com.routebook.adapter.rest.problem.ApiTexts;
import com.routebook.adapter.rest.problem.Problem;
import com.routebook.adapter.rest.problem.ProblemException;
import com.routebook.application.port.in.settings.ChangeDirectoryModeUseCase;
import com.routebook.application.port.in.settings.ChangeDirectoryModeUseCase.ChangeDirectoryModeCommand;
import com.routebook.application.port.in.settings.GetDirectoryModeUseCase;
import com.routebook.domain.routing.DirectoryMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's tenant settings: the directory mode (viewer reads, editor changes). */
@Path("settings")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Settings", description = "The tenant's directory mode")
public class SettingsResource {

  @Inject GetDirectoryModeUseCase getMode;
  @Inject ChangeDirectoryModeUseCase changeMode;

  @GET
  @Operation(summary = "Read the settings")
  @APIResponse(
      responseCode = "200",
      description = "the settings",
      content = @Content(schema = @Schema(implementation = SettingsJson.class)))
  public SettingsJson get() {
    return new SettingsJson(getMode.directoryMode().name());
  }

  @PUT
  @Operation(summary = "Change the settings (editor)")
  @APIResponse(
      responseCode = "200",
      description = "the settings now in force",
      content = @Content(schema = @Schema(implementation = SettingsJson.class)))
  @APIResponse(
      responseCode = "422",
      description = "INVALID_SETTINGS: directoryMode must be OPEN or CLOSED",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public SettingsJson change(SettingsJson request) {
    DirectoryMode mode =
        QueryParams.enumValue(
            "directoryMode",
            Bodies.required(request).directoryMode(),
            DirectoryMode.class,
            "INVALID_SETTINGS");
    if (mode == null) {
      throw ProblemException.invalid(
          "INVALID_SETTINGS", ApiTexts.fieldError("directoryMode", "directoryModeRequired"));
    }
    return new SettingsJson(
        changeMode.changeDirectoryMode(new ChangeDirectoryModeCommand(mode)).name());
  }
}
