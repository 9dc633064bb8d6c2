package com.routebook.adapter.persistence.support;

import java.sql.SQLException;
import java.util.Locale;

/** Recognises the violation of a named unique constraint in an exception from the database. */
public final class Constraints {

  private static final String UNIQUE_VIOLATION = "23505";

  private Constraints() {}

  /**
   * Whether the failure (or one of its causes) is a unique violation that names one of these
   * constraints (or indexes); both PostgreSQL and H2 report SQL state 23505. PostgreSQL names the
   * constraint; H2 names a primary key's violation by its index and columns ({@code
   * customer_number(tenant_id, number)}), so a primary key is given in that form too.
   */
  public static boolean uniqueViolated(Throwable failure, String... names) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql
          && UNIQUE_VIOLATION.equals(sql.getSQLState())
          && sql.getMessage() != null) {
        String message = sql.getMessage().toLowerCase(Locale.ROOT);
        for (String name : names) {
          if (message.contains(name.toLowerCase(Locale.ROOT))) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
