package com.routebook.server.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Authentication that needed the database while it could not be reached (restarting, every pooled
 * connection lost): the caller gets 503 problem details with {@code Retry-After}, the same answer
 * the API's exception mapper gives, rather than a 401 that would say its credentials are wrong.
 */
final class DatabaseUnavailable {

  private DatabaseUnavailable() {}

  /** Whether a connection failure is among the causes (SQL state 08, 57P, 53, or the pool's). */
  static boolean isCauseOf(Throwable exception) {
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
    }
    return false;
  }

  /** Answers 503 with problem details, committed at once. */
  static void answer(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", "2");
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                + "\"detail\":\"the database cannot be reached now; nothing was changed, retry"
                + " shortly\",\"code\":\"UNAVAILABLE\",\"errors\":[]}");
    response.flushBuffer();
  }
}
