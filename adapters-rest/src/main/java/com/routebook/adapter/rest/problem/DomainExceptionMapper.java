package com.routebook.adapter.rest.problem;

import com.routebook.application.port.in.access.RecordSecurityEventUseCase;
import com.routebook.application.port.out.CurrentUser;
import com.routebook.domain.DomainException;
import com.routebook.domain.ForbiddenException;
import com.routebook.domain.TooManyAttemptsException;
import com.routebook.domain.access.SecurityEventType;
import com.routebook.domain.tenant.Actor;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Broken domain rules: 422 validation, 404 not found, 403 forbidden, 409/412 conflicts, 429 with
 * {@code Retry-After} for too many failed sign-ins. A 403 is recorded in the security event log
 * ({@link SecurityEventType#REFUSED}) with the call refused.
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

  @Inject RecordSecurityEventUseCase events;
  @Inject CurrentUser currentUser;
  @Context UriInfo uriInfo;
  @Context Request request;

  @Override
  public Response toResponse(DomainException exception) {
    Problem problem = Problems.of(exception);
    if (exception instanceof ForbiddenException) {
      refused(problem);
    }
    Response response = Problems.response(problem);
    if (exception instanceof TooManyAttemptsException throttled) {
      return Response.fromResponse(response)
          .header("Retry-After", String.valueOf(throttled.retryAfterSeconds()))
          .build();
    }
    return response;
  }

  private void refused(Problem problem) {
    Actor actor;
    try {
      actor = currentUser.actor();
    } catch (ForbiddenException nobody) {
      actor = null;
    }
    String path = uriInfo.getPath(false);
    events.record(
        SecurityEventType.REFUSED,
        actor == null ? null : actor.username(),
        actor == null ? null : actor.tenantId(),
        currentUser.clientAddress(),
        problem.detail()
            + " ("
            + request.getMethod()
            + " /api/v1"
            + (path.startsWith("/") ? path : "/" + path)
            + ")");
  }
}
