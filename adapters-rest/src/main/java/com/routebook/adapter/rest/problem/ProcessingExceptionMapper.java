package com.routebook.adapter.rest.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The runtime's failure to read or write an entity: a body that is not JSON is the client's (400
 * {@code MALFORMED_JSON}); anything else is ours (500).
 */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

  @Override
  public Response toResponse(ProcessingException exception) {
    if (BadJson.isCause(exception)) {
      return Problems.response(JsonbExceptionMapper.malformedJson(exception));
    }
    return UnexpectedExceptionMapper.internalError(exception);
  }
}
