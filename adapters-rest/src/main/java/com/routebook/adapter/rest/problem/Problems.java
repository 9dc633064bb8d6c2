package com.routebook.adapter.rest.problem;

import com.routebook.domain.ConflictException;
import com.routebook.domain.DomainException;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.ForbiddenException;
import com.routebook.domain.NotFoundException;
import com.routebook.domain.Rule;
import com.routebook.domain.TooManyAttemptsException;
import com.routebook.domain.ValidationException;
import com.routebook.domain.customer.CustomerExistsException;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

/** Turns domain errors and adapter problems into problem-details responses. */
public final class Problems {

  private Problems() {}

  /**
   * The problem of a broken domain rule, with the status its kind calls for, its code, and its
   * English text ({@link ApiTexts}).
   */
  public static Problem of(DomainException e) {
    String code = e.code().name();
    String detail = ApiTexts.ENGLISH.detail(e);
    if (e instanceof ValidationException invalid) {
      boolean tooLarge =
          invalid.violations().stream().anyMatch(v -> v.rule() == Rule.IMPORT_FILE_TOO_BIG);
      return Problem.of(
          tooLarge ? 413 : 422,
          code,
          detail,
          invalid.violations().stream().map(ApiTexts::fieldError).toList());
    }
    if (e instanceof CustomerExistsException exists) {
      return Problem.of(409, code, detail).withCustomerId(exists.existingCustomerId().value());
    }
    if (e instanceof ConflictException) {
      // Every change to a customer carries If-Match; a stale version is a failed precondition.
      int status = e.code() == ErrorCode.CONCURRENT_CHANGE ? 412 : 409;
      return Problem.of(status, code, detail);
    }
    if (e instanceof NotFoundException) {
      return Problem.of(404, code, detail);
    }
    if (e instanceof ForbiddenException) {
      return Problem.of(403, code, detail);
    }
    if (e instanceof TooManyAttemptsException) {
      return Problem.of(429, code, detail);
    }
    return Problem.of(422, code, detail);
  }

  /**
   * The response carrying a problem, as {@code application/problem+json}; written with JSON-P so
   * that the optional {@code customerId} appears only when there is one.
   */
  public static Response response(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(json(problem)).build();
  }

  /** The problem's JSON. */
  static JsonObject json(Problem problem) {
    JsonArrayBuilder errors = Json.createArrayBuilder();
    problem
        .errors()
        .forEach(
            e ->
                errors.add(
                    Json.createObjectBuilder()
                        .add("field", e.field())
                        .add("message", e.message())));
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("type", problem.type())
            .add("title", problem.title())
            .add("status", problem.status())
            .add("detail", problem.detail() == null ? problem.title() : problem.detail())
            .add("code", problem.code())
            .add("errors", errors);
    if (problem.customerId() != null) {
      json.add("customerId", problem.customerId());
    }
    return json.build();
  }
}
