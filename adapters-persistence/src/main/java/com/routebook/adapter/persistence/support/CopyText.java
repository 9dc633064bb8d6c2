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

  /** What writes a copy's rows. */
  @FunctionalInterface
  public interface RowSource {
    void writeTo(Rows rows) throws SQLException;
  }

  /**
   * Sends the source's rows to {@code COPY sql FROM STDIN} on the connection as they are written, a
   * buffer of bytes at a time; the number of rows the server took. The one way rows are copied in:
   * the document log's batches, the keys of stopped documents and the imports' rows. A batch of the
   * document log built whole first (10,000 rows, about 8 MB of text, as a string and again as
   * bytes) put objects that large straight into the old generation of the server's heap for every
   * batch.
   */
  public static long copyIn(Connection connection, String sql, RowSource source)
      throws SQLException {
    CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
    try {
      Rows rows = new Rows((bytes, length) -> copy.writeToCopy(bytes, 0, length));
      source.writeTo(rows);
      rows.flush();
      return copy.endCopy();
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

  /**
   * Rows in COPY's text format (tab separated, {@code \N} for null, backslash escapes), encoded in
   * UTF-8 straight into a buffer of bytes that goes to a sink whenever it fills (a surrogate
   * without its pair written as {@code ?}, as {@link String#getBytes} writes it).
   */
  public static final class Rows {

    /** Where full buffers go. */
    @FunctionalInterface
    public interface Sink {
      void write(byte[] bytes, int length) throws SQLException;
    }

    /** The most bytes a character takes here: three, or four for the first of a pair. */
    private static final int MOST_PER_CHAR = 4;

    private static final byte[] NULL = {'\\', 'N'};

    private final Sink sink;
    private final byte[] buffer;
    private int used;

    /** The characters of the text being written. */
    private char[] chars = new char[256];

    public Rows(Sink sink) {
      this(sink, 1 << 16);
    }

    Rows(Sink sink, int size) {
      this.sink = sink;
      this.buffer = new byte[Math.max(size, MOST_PER_CHAR)];
    }

    /** Writes one row: tab-separated, {@code \N} for null, escaped. */
    public void row(List<?> values) throws SQLException {
      fields(values);
      put('\n');
    }

    /** Writes a row of values followed by one more field. */
    public void rowWith(List<?> values, String last) throws SQLException {
      fields(values);
      put('\t');
      text(last);
      put('\n');
    }

    /** Sends what is buffered to the sink. */
    public void flush() throws SQLException {
      if (used > 0) {
        sink.write(buffer, used);
        used = 0;
      }
    }

    private void fields(List<?> values) throws SQLException {
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          put('\t');
        }
        Object value = values.get(i);
        if (value == null) {
          put(NULL[0]);
          put(NULL[1]);
        } else {
          text(value.toString());
        }
      }
    }

    /**
     * Escapes and encodes the text into the buffer a stretch at a time: each stretch as many
     * characters as fit however each is written, so that no character checks the room left. The
     * characters are first copied into an array of the writer's own, in one copy: read one by one
     * with {@link String#charAt}, each read checked the string's coding and bounds again.
     */
    private void text(String text) throws SQLException {
      int length = text.length();
      if (chars.length < length) {
        chars = new char[Math.max(length, 2 * chars.length)];
      }
      char[] from = chars;
      text.getChars(0, length, from, 0);
      int i = 0;
      while (i < length) {
        if (buffer.length - used < MOST_PER_CHAR) {
          flush();
        }
        int end = Math.min(length, i + (buffer.length - used) / MOST_PER_CHAR);
        byte[] b = buffer;
        int at = used;
        for (; i < end; i++) {
          char c = from[i];
          if (c < 0x80) {
            if (c > '\\' || (c > '\r' && c != '\\')) {
              b[at++] = (byte) c; // neither a backslash nor a control character COPY escapes
            } else {
              at = escape(c, at);
            }
          } else if (c < 0x800) {
            b[at++] = (byte) (0xc0 | c >> 6);
            b[at++] = (byte) (0x80 | c & 0x3f);
          } else if (!Character.isSurrogate(c)) {
            b[at++] = (byte) (0xe0 | c >> 12);
            b[at++] = (byte) (0x80 | c >> 6 & 0x3f);
            b[at++] = (byte) (0x80 | c & 0x3f);
          } else if (Character.isHighSurrogate(c)
              && i + 1 < length
              && Character.isLowSurrogate(from[i + 1])) {
            int point = Character.toCodePoint(c, from[++i]);
            b[at++] = (byte) (0xf0 | point >> 18);
            b[at++] = (byte) (0x80 | point >> 12 & 0x3f);
            b[at++] = (byte) (0x80 | point >> 6 & 0x3f);
            b[at++] = (byte) (0x80 | point & 0x3f);
          } else {
            b[at++] = '?';
          }
        }
        used = at;
      }
    }

    /** Writes an ASCII character at index at, escaped if COPY needs it; the index after it. */
    private int escape(char c, int at) {
      byte[] b = buffer;
      char letter =
          switch (c) {
            case '\\' -> '\\';
            case '\t' -> 't';
            case '\n' -> 'n';
            case '\r' -> 'r';
            default -> 0;
          };
      if (letter == 0) {
        b[at++] = (byte) c;
      } else {
        b[at++] = '\\';
        b[at++] = (byte) letter;
      }
      return at;
    }

    private void put(byte c) throws SQLException {
      if (used == buffer.length) {
        flush();
      }
      buffer[used++] = c;
    }

    private void put(char c) throws SQLException {
      put((byte) c);
    }
  }
}
