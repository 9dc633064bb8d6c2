package com.routebook.adapter.rest.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not JSON, or not of the operation's shape: 400 {@code MALFORMED_JSON}. */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {

  @Override
  public Response toResponse(JsonbException exception) {
    return Problems.response(malformedJson(exception));
  }

  static Problem malformedJson(Throwable exception) {
    return Problem.of(
        400,
        "MALFORMED_JSON",
        "the request body is not valid JSON for this operation: " + BadJson.describe(exception));
  }
}
