package com.routebook.adapter.persistence.support;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyOut;

/**
 * Rows in the text format of PostgreSQL's {@code COPY} (tab separated, {@code \N} for null,
 * backslash escapes): written and sent to {@code COPY ... FROM STDIN}, or received from {@code COPY
 * (query) TO STDOUT} and read back into fields. Only PostgreSQL's driver classes are used here, so
 * H2 never loads them.
 */
public final class CopyText {

  private CopyText() {}

  /**
   * Sends rows to {@code COPY sql FROM STDIN} on the connection, encoded once and sent in one
   * message. (The driver's copy from a reader copies and encodes its text a buffer at a time: with
   * the text's own copy for the reader, 11.6% of the server's allocations in the bench's batches,
   * Flight Recorder.)
   */
  public static void copyIn(Connection connection, String sql, CharSequence rows)
      throws SQLException {
    if (rows.length() == 0) {
      return;
    }
    byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
    CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
    try {
      copy.writeToCopy(bytes, 0, bytes.length);
      copy.endCopy();
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy(); // the copy failed half-way: the server is told, the connection kept
      }
    }
  }

  /**
   * Runs {@code COPY (query) TO STDOUT} on the connection and hands each row's fields to sink as it
   * arrives ({@code null} for SQL null); no more than a row is held here. PostgreSQL plans the
   * query of a COPY as it plans a whole result, with parallel workers where it can, which it never
   * does for a cursor. The query takes no parameters: see {@link NativeSql#inlined} and {@link
   * #literal}. If sink throws, the copy is stopped (see {@link #stop}) and the connection stays
   * usable; its transaction, if any, has failed and is to be rolled back.
   */
  public static void copyOut(Connection connection, String query, Consumer<String[]> sink)
      throws SQLException {
    PGConnection postgres = connection.unwrap(PGConnection.class);
    CopyOut copy = postgres.getCopyAPI().copyOut("COPY (" + query + ") TO STDOUT");
    try {
      byte[] row;
      while ((row = copy.readFromCopy()) != null) {
        sink.accept(fields(row));
      }
    } catch (RuntimeException | Error failure) {
      stop(connection, postgres, copy, failure);
      throw failure;
    }
  }

  /**
   * Stops a copy the server is still sending: asks the server to cancel it, then reads and drops
   * what it sent until its answer to the cancel, so that the connection's next statement reads its
   * own answer. (The driver's {@code cancelCopy} of a {@code COPY TO} only asks: the rest of the
   * rows stay unread on the wire, and the next statement on that connection, in a pool anyone's,
   * fails reading them.) If the connection cannot be brought back in step it is aborted, so that no
   * pool hands it out again. What goes wrong while stopping is added to failure.
   */
  private static void stop(
      Connection connection, PGConnection postgres, CopyOut copy, Throwable failure) {
    if (!copy.isActive()) {
      return;
    }
    try {
      postgres.cancelQuery();
      while (copy.readFromCopy() != null) {
        // rows sent before the cancel reached the server: dropped
      }
    } catch (SQLException cancelled) {
      // the server's answer to the cancel (57014), after which the connection is in step
      if (!"57014".equals(cancelled.getSQLState())) {
        failure.addSuppressed(cancelled);
      }
    }
    if (copy.isActive()) {
      try {
        connection.abort(Runnable::run);
      } catch (SQLException | RuntimeException abort) {
        failure.addSuppressed(abort);
      }
    }
  }

  /**
   * A value as an SQL literal of the connection: text quoted and escaped by PostgreSQL's driver
   * (which refuses a NUL character), numbers and booleans as they are.
   */
  public static String literal(Connection connection, Object value) {
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    try {
      return "'" + connection.unwrap(PGConnection.class).escapeLiteral(value.toString()) + "'";
    } catch (SQLException e) {
      throw new IllegalArgumentException("not a literal: " + e.getMessage(), e);
    }
  }

  /**
   * The fields of one row of {@code COPY ... TO} in text format (UTF-8, the line end optional):
   * split at the tabs, {@code \N} as {@code null}, the escapes PostgreSQL writes ({@code \b \f \n
   * \r \t \v \\}) and those it reads (octal {@code \ooo}, hexadecimal {@code \xhh}, any other
   * character standing for itself) undone.
   */
  public static String[] fields(byte[] row) {
    int end = row.length;
    if (end > 0 && row[end - 1] == '\n') {
      end--;
    }
    int count = 1;
    for (int i = 0; i < end; i++) {
      if (row[i] == '\t') {
        count++;
      }
    }
    String[] fields = new String[count];
    int field = 0;
    int start = 0;
    for (int i = 0; i <= end; i++) {
      if (i == end || row[i] == '\t') {
        fields[field++] = field(row, start, i);
        start = i + 1;
      }
    }
    return fields;
  }

  private static String field(byte[] row, int from, int to) {
    if (to - from == 2 && row[from] == '\\' && row[from + 1] == 'N') {
      return null;
    }
    int slash = from;
    while (slash < to && row[slash] != '\\') {
      slash++;
    }
    if (slash == to) {
      return new String(row, from, to - from, StandardCharsets.UTF_8);
    }
    byte[] out = new byte[to - from];
    int length = 0;
    for (int i = from; i < to; i++) {
      byte b = row[i];
      if (b != '\\' || i + 1 == to) {
        out[length++] = b;
        continue;
      }
      byte c = row[++i];
      if (c >= '0' && c <= '7') {
        int value = 0;
        int digits = 0;
        while (digits < 3 && i < to && row[i] >= '0' && row[i] <= '7') {
          value = value * 8 + (row[i++] - '0');
          digits++;
        }
        i--;
        out[length++] = (byte) value;
      } else if (c == 'x' && i + 1 < to && hex(row[i + 1]) >= 0) {
        int value = hex(row[++i]);
        if (i + 1 < to && hex(row[i + 1]) >= 0) {
          value = value * 16 + hex(row[++i]);
        }
        out[length++] = (byte) value;
      } else {
        out[length++] =
            switch (c) {
              case 'b' -> '\b';
              case 'f' -> '\f';
              case 'n' -> '\n';
              case 'r' -> '\r';
              case 't' -> '\t';
              case 'v' -> 0x0b;
              default -> c;
            };
      }
    }
    return new String(out, 0, length, StandardCharsets.UTF_8);
  }

  private static int hex(byte b) {
    return Character.digit(b, 16);
  }

  /** Appends one row: tab-separated, {@code \N} for null, escaped. */
  public static void row(StringBuilder out, List<?> values) {
    fields(out, values);
    out.append('\n');
  }

  /** Appends a row of values followed by one more field, text that needs no escape. */
  public static void rowWith(StringBuilder out, List<?> values, String last) {
    fields(out, values);
    out.append('\t').append(last).append('\n');
  }

  private static void fields(StringBuilder out, List<?> values) {
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
