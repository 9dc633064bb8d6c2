package com.routebook.adapter.persistence.support;

import java.sql.SQLException;
import java.util.Locale;

/** Recognises the violation of a named unique constraint in an exception from the database. */
public final class Constraints {

  private static final String UNIQUE_VIOLATION = "23505";

  private Constraints() {}

  /**
   * Whether the failure (or one of its causes) is a unique violation of the constraint (or index)
   * with that name; both PostgreSQL and H2 report SQL state 23505 and name the constraint.
   */
  public static boolean uniqueViolated(Throwable failure, String constraint) {
    String wanted = constraint.toLowerCase(Locale.ROOT);
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql
          && UNIQUE_VIOLATION.equals(sql.getSQLState())
          && sql.getMessage() != null
          && sql.getMessage().toLowerCase(Locale.ROOT).contains(wanted)) {
        return true;
      }
    }
    return false;
  }
}
