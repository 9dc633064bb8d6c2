package com.routebook.adapter.rest.problem;

import com.routebook.domain.DomainException;
import com.routebook.domain.TooManyAttemptsException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Broken domain rules: 422 validation, 404 not found, 403 forbidden, 409/412 conflicts, 429 with
 * {@code Retry-After} for too many failed sign-ins.
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

  @Override
  public Response toResponse(DomainException exception) {
    Response response = Problems.response(Problems.of(exception));
    if (exception instanceof TooManyAttemptsException refused) {
      return Response.fromResponse(response)
          .header("Retry-After", String.valueOf(refused.retryAfterSeconds()))
          .build();
    }
    return response;
  }
}
