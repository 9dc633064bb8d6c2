package com.routebook.adapter.rest.problem;

import com.routebook.domain.ConflictException;
import com.routebook.domain.DomainException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else. A domain error wrapped by a container (a transaction interceptor, for example)
 * is answered as that error; a lost optimistic lock as a concurrent change; anything else is logged
 * with an incident id and answered 500 without any internals.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable exception) {
    for (Throwable t = exception; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof DomainException domain) {
        return Problems.response(Problems.of(domain));
      }
      if (t instanceof ProblemException problem) {
        return Problems.response(problem.problem());
      }
      if (isLostOptimisticLock(t)) {
        return Problems.response(Problems.of(ConflictException.concurrentChange()));
      }
    }
    return internalError(exception);
  }

  /** 500 with an incident id that is also in the log, next to the stack trace. */
  static Response internalError(Throwable exception) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "unexpected failure, incident " + incident, exception);
    return Problems.response(
        Problem.of(
            500,
            "INTERNAL_ERROR",
            "the request could not be completed; quote incident " + incident + " when reporting"));
  }

  /** A persistence provider's optimistic lock failure, recognized without depending on JPA. */
  private static boolean isLostOptimisticLock(Throwable t) {
    return t.getClass().getSimpleName().equals("OptimisticLockException");
  }
}
