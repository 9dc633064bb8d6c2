package com.routebook.adapter.rest.problem;

import com.routebook.domain.ConflictException;
import com.routebook.domain.DomainException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else. A domain error wrapped by a container (a transaction interceptor, for example)
 * is answered as that error; a lost optimistic lock as a concurrent change; a database that cannot
 * be reached (restarting, or every connection of the pool lost) as 503 with {@code Retry-After},
 * its transaction rolled back, so that a client retries instead of taking it for a bug; anything
 * else is logged with an incident id and answered 500 without any internals.
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
    if (databaseUnavailable(exception)) {
      LOG.warning("database unavailable: " + exception);
      return unavailable();
    }
    return internalError(exception);
  }

  /** 503: the database cannot be reached now; nothing of the request was kept. */
  static Response unavailable() {
    return Response.fromResponse(
            Problems.response(
                Problem.of(
                    503,
                    "UNAVAILABLE",
                    "the database cannot be reached now; nothing was changed, retry shortly")))
        .header("Retry-After", "2")
        .build();
  }

  /**
   * Whether the failure is the database's absence: a JDBC connection failure (SQL state class 08,
   * 57P server shutting down, 53 out of resources, the driver's or the pool's connection
   * exceptions), or a transaction that could not be committed because of it.
   */
  static boolean databaseUnavailable(Throwable exception) {
    for (Throwable t = exception; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08") || state.startsWith("57P") || state.startsWith("53")) {
          return true;
        }
      }
      String name = t.getClass().getSimpleName();
      if (name.equals("RollbackException") || name.startsWith("Heuristic")) {
        return true;
      }
    }
    return false;
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
