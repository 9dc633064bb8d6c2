package com.routebook.adapter.rest.access;

import com.routebook.adapter.rest.common.PageParams;
import com.routebook.adapter.rest.common.QueryParams;
import com.routebook.adapter.rest.problem.ApiTexts;
import com.routebook.adapter.rest.problem.ProblemException;
import com.routebook.application.port.in.access.ReadSecurityEventsUseCase;
import com.routebook.application.port.out.SecurityEventLog.EventFilter;
import com.routebook.domain.access.SecurityEventType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The security event log (network administrators). */
@Path("admin/security-events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class SecurityEventResource {

  @Inject ReadSecurityEventsUseCase events;

  @GET
  @Operation(
      summary = "List security events, newest first",
      description =
          "Sign-ins to the screens, failed sign-ins (passwords and API keys), throttled sign-ins,"
              + " refused calls (403), API keys created and revoked, users created, disabled,"
              + " enabled, passwords changed. Never a secret. Network administrators only.")
  @APIResponse(
      responseCode = "200",
      description = "a page of events",
      content = @Content(schema = @Schema(implementation = SecurityEventPage.class)))
  public SecurityEventPage list(
      @Parameter(description = "one type of event") @QueryParam("type") String type,
      @Parameter(description = "events at or after this time (ISO-8601)") @QueryParam("from")
          String from,
      @Parameter(description = "events before this time (ISO-8601)") @QueryParam("to") String to,
      @BeanParam PageParams paging) {
    EventFilter filter =
        new EventFilter(
            QueryParams.enumValue("type", type, SecurityEventType.class),
            instant("from", from),
            instant("to", to));
    return SecurityEventPage.from(events.find(filter, paging.request()));
  }

  /** A time parameter: absent gives {@code null}. */
  static Instant instant(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid(
          QueryParams.INVALID_PARAMETER, ApiTexts.fieldError(name, "notInstant", name, value));
    }
  }
}
