package com.routebook.adapter.rest.problem;

import com.routebook.domain.DomainException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Broken domain rules: 422 validation, 404 not found, 403 forbidden, 409/412 conflicts. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

  @Override
  public Response toResponse(DomainException exception) {
    return Problems.response(Problems.of(exception));
  }
}
