package com.routebook.adapter.rest.problem;

import com.routebook.domain.ConflictException;
import com.routebook.domain.DomainException;
import com.routebook.domain.ForbiddenException;
import com.routebook.domain.NotFoundException;
import com.routebook.domain.ValidationException;
import com.routebook.domain.customer.CustomerExistsException;
import jakarta.ws.rs.core.Response;

/** Turns domain errors and adapter problems into problem-details responses. */
public final class Problems {

  private Problems() {}

  /** The problem of a broken domain rule, with the status its kind calls for. */
  public static Problem of(DomainException e) {
    if (e instanceof ValidationException invalid) {
      return Problem.of(
          422,
          invalid.code(),
          invalid.getMessage(),
          invalid.violations().stream().map(Problem.FieldError::of).toList());
    }
    if (e instanceof CustomerExistsException exists) {
      return Problem.of(409, exists.code(), exists.getMessage())
          .withCustomerId(exists.existingCustomerId().value());
    }
    if (e instanceof ConflictException conflict) {
      // Every change to a customer carries If-Match; a stale version is a failed precondition.
      int status = ConflictException.CONCURRENT_CHANGE.equals(conflict.code()) ? 412 : 409;
      return Problem.of(status, conflict.code(), conflict.getMessage());
    }
    if (e instanceof NotFoundException) {
      return Problem.of(404, e.code(), e.getMessage());
    }
    if (e instanceof ForbiddenException) {
      return Problem.of(403, e.code(), e.getMessage());
    }
    return Problem.of(422, e.code(), e.getMessage());
  }

  /** The response carrying a problem, as {@code application/problem+json}. */
  public static Response response(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }
}
