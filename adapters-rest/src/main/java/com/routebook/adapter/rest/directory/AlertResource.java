package com.routebook.adapter.rest.directory;

import com.routebook.adapter.rest.common.PageParams;
import com.routebook.adapter.rest.common.QueryParams;
import com.routebook.adapter.rest.problem.Problem;
import com.routebook.application.port.in.directory.DismissAlertUseCase;
import com.routebook.application.port.in.directory.ListAlertsUseCase;
import com.routebook.application.port.in.directory.ListAlertsUseCase.ListAlertsQuery;
import com.routebook.domain.alert.AlertId;
import com.routebook.domain.alert.AlertStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Alerts of the caller's directory: what changed in the registry under its customers (viewers read,
 * editors dismiss).
 */
@Path("alerts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Customer directory",
    description = "The tenant's customers (viewer reads, editor changes)")
public class AlertResource {

  private static final String PROBLEM = Problem.MEDIA_TYPE;

  @Inject ListAlertsUseCase listAlerts;
  @Inject DismissAlertUseCase dismissAlert;

  @GET
  @Operation(
      summary = "The directory's alerts, newest first",
      description =
          "Raised for every customer whose participant a network administrator deactivated or"
              + " reactivated, removed a service provider from, or gave a new E-address or new"
              + " identifiers.")
  @APIResponse(
      responseCode = "200",
      description = "a page of alerts",
      content = @Content(schema = @Schema(implementation = AlertPage.class)))
  @APIResponse(
      responseCode = "422",
      description = "bad parameter (INVALID_PAGE, INVALID_PARAMETER)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  public AlertPage list(
      @Parameter(
              schema =
                  @Schema(
                      enumeration = {"OPEN", "DISMISSED"},
                      defaultValue = "OPEN"))
          @QueryParam("status")
          String status,
      @BeanParam PageParams paging) {
    return AlertPage.from(
        listAlerts.list(
            new ListAlertsQuery(
                QueryParams.enumValue("status", status, AlertStatus.class), paging.request())));
  }

  @POST
  @Path("{id}/dismiss")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Dismiss an alert (editor)")
  @APIResponse(
      responseCode = "200",
      description = "the dismissed alert",
      content = @Content(schema = @Schema(implementation = AlertJson.class)))
  @APIResponse(
      responseCode = "404",
      description = "no such alert in your directory (ALERT_NOT_FOUND)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  public AlertJson dismiss(@PathParam("id") String id) {
    return AlertJson.from(dismissAlert.dismiss(new AlertId(id)));
  }
}
