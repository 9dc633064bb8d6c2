package com.routebook.adapter.rest.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The runtime's own HTTP errors (unknown path, wrong method, unsupported media type, unreadable
 * body) as problem details instead of the server's default pages. The runtime's messages are not
 * passed on; they name internals.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  private static final Logger LOG = Logger.getLogger(WebApplicationExceptionMapper.class.getName());

  /** Response headers of the original answer that the problem keeps. */
  private static final List<String> KEPT_HEADERS =
      List.of(HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER);

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    int status = original == null ? 500 : original.getStatus();
    if (status >= 500) {
      LOG.log(Level.SEVERE, "request failed with status " + status, exception);
    }
    Problem problem = Problem.of(status, codeOf(status), detailOf(status, exception));
    Response.ResponseBuilder answer =
        Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
    if (original != null) {
      for (String header : KEPT_HEADERS) {
        List<Object> values = original.getHeaders().get(header);
        if (values != null) {
          values.forEach(value -> answer.header(header, value));
        }
      }
    }
    return answer.build();
  }

  static String codeOf(int status) {
    return switch (status) {
      case 400 -> "MALFORMED_REQUEST";
      case 401 -> "UNAUTHENTICATED";
      case 403 -> "FORBIDDEN";
      case 404 -> "NOT_FOUND";
      case 405 -> "METHOD_NOT_ALLOWED";
      case 406 -> "NOT_ACCEPTABLE";
      case 412 -> "CONCURRENT_CHANGE";
      case 415 -> "UNSUPPORTED_MEDIA_TYPE";
      case 428 -> "PRECONDITION_REQUIRED";
      default -> status >= 500 ? "INTERNAL_ERROR" : "HTTP_" + status;
    };
  }

  private String detailOf(int status, WebApplicationException exception) {
    return switch (status) {
      case 400 -> "the request is malformed" + causeOf(exception);
      case 401 -> "authentication is required";
      case 403 -> "you are not allowed to do this";
      case 404 -> "there is no resource at " + path();
      case 405 -> "the resource at " + path() + " does not allow this method";
      case 406 -> "the resource at " + path() + " answers application/json only";
      case 415 -> "send the body as application/json";
      default -> status >= 500 ? "the request could not be completed" : Problem.titleOf(status);
    };
  }

  private String path() {
    return uriInfo == null ? "this path" : "/" + uriInfo.getPath().replaceFirst("^/", "");
  }

  private static String causeOf(WebApplicationException exception) {
    return exception.getCause() == null ? "" : ": " + BadJson.describe(exception.getCause());
  }
}
