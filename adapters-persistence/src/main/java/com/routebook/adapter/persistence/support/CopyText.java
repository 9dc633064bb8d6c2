package com.routebook.adapter.persistence.support;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Rows in the text format of PostgreSQL's {@code COPY ... FROM STDIN} (tab separated, {@code \N}
 * for null, backslash escapes) and sending them. Only PostgreSQL's driver classes are used here, so
 * H2 never loads them.
 */
public final class CopyText {

  private CopyText() {}

  /** Sends rows to {@code COPY sql FROM STDIN} on the connection. */
  public static void copyIn(Connection connection, String sql, CharSequence rows)
      throws SQLException {
    if (rows.length() == 0) {
      return;
    }
    try {
      connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(sql, new StringReader(rows.toString()));
    } catch (IOException e) {
      throw new SQLException("cannot copy rows", e);
    }
  }

  /** Appends one row: tab-separated, {@code \N} for null, escaped. */
  public static void row(StringBuilder out, List<?> values) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append('\t');
      }
      Object value = values.get(i);
      if (value == null) {
        out.append("\\N");
      } else {
        escape(out, value.toString());
      }
    }
    out.append('\n');
  }

  /** Appends text escaped for COPY's text format; runs without a special character whole. */
  public static void escape(StringBuilder out, String text) {
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > '\\' || (c > '\r' && c != '\\')) {
        continue; // neither a backslash nor a control character COPY escapes: most characters
      }
      String escaped =
          switch (c) {
            case '\\' -> "\\\\";
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            default -> null;
          };
      if (escaped != null) {
        out.append(text, from, i).append(escaped);
        from = i + 1;
      }
    }
    out.append(text, from, text.length());
  }
}
