package com.routebook.adapter.rest.common;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * JSON text in UTF-8 on a stream, as JSON-B writes it with the API's configuration: objects,
 * arrays, strings, numbers, booleans and {@code null}, with the commas between values; the
 * hand-written writers of the hot paths ({@code DecisionJsonWriter}, the search pages) write
 * through it. Strings are escaped as JSON-P escapes them: the quote, the backslash and the control
 * characters, the common ones by letter, the others as a backslash, u and four hexadecimal digits;
 * a surrogate without its pair is written as {@code ?}, as the JDK's UTF-8 encoder writes it. Bytes
 * gather in a buffer of its own and go to the stream a buffer at a time. (Written first as
 * characters to an {@link java.io.OutputStreamWriter}, the text was copied into the buffer, scanned
 * there, then encoded from it: a fifth of the server's samples in the bench's batches. A {@link
 * java.io.BufferedWriter} took a lock for every character and run written to it, 19%.)
 */
public final class JsonText {

  /** The most bytes a character of a string takes, escaped ({@code \u001f}). */
  private static final int MOST_PER_CHAR = 6;

  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  private static final byte[] ITEMS = name("items");
  private static final byte[] PAGE = name("page");
  private static final byte[] SIZE = name("size");
  private static final byte[] TOTAL = name("total");

  private static final byte[] NULL = {'n', 'u', 'l', 'l'};
  private static final byte[] MIN_LONG =
      Long.toString(Long.MIN_VALUE).getBytes(StandardCharsets.US_ASCII);

  /** The most bytes a number takes: a sign and 19 digits. */
  private static final int LONGEST_NUMBER = 20;

  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};

  private final OutputStream out;
  private final byte[] buffer = new byte[1 << 15];
  private int used;

  /** The characters of the string being written. */
  private char[] chars = new char[256];

  /** Whether the next value is the first of its object or array (no comma before it). */
  private boolean first = true;

  public JsonText(OutputStream out) {
    this.out = out;
  }

  /**
   * A member's name as written before its value: quoted, and the colon. Writers keep the names of
   * their members as these bytes, made once: the API's names need no escape, and looking for one in
   * every name took an eighth of the decisions' writer's samples.
   */
  public static byte[] name(String name) {
    return ('"' + name + "\":").getBytes(StandardCharsets.US_ASCII);
  }

  /** Opens an object: a member's value when name is given, else a value of its own. */
  public void startObject(byte[] name) throws IOException {
    open(name, '{');
  }

  public void startArray(byte[] name) throws IOException {
    open(name, '[');
  }

  /** Closes the object or array opened last. */
  public void end(char closing) throws IOException {
    put(closing);
    first = false;
  }

  /** A member with a string value, or {@code null}. */
  public void member(byte[] name, String value) throws IOException {
    name(name);
    string(value);
  }

  /** A member with a number value. */
  public void member(byte[] name, long value) throws IOException {
    name(name);
    number(value);
  }

  /** A member with a boolean value. */
  public void member(byte[] name, boolean value) throws IOException {
    name(name);
    put(value ? TRUE : FALSE);
  }

  /** A member whose value is an array of strings, or {@code null}. */
  public void strings(byte[] name, List<String> values) throws IOException {
    if (values == null) {
      member(name, (String) null);
      return;
    }
    startArray(name);
    for (String value : values) {
      value(value);
    }
    end(']');
  }

  /**
   * A member whose value is an object, or {@code null}: members writes the object's members (its
   * braces are written here).
   */
  public <T> void object(byte[] name, T value, Members<T> members) throws IOException {
    if (value == null) {
      member(name, (String) null);
      return;
    }
    startObject(name);
    members.write(value, this);
    end('}');
  }

  /**
   * A member whose value is an array of objects, or {@code null}; each object's members are written
   * by members, a {@code null} element as {@code null}.
   */
  public <T> void objects(byte[] name, List<T> values, Members<T> members) throws IOException {
    if (values == null) {
      member(name, (String) null);
      return;
    }
    startArray(name);
    for (T value : values) {
      if (value == null) {
        value(null);
      } else {
        startObject(null);
        members.write(value, this);
        end('}');
      }
    }
    end(']');
  }

  /**
   * A page of a list as the API answers it ({@link PageParams#answer}): {@code {"items", "page",
   * "size", "total"}}, each item's members written by members.
   */
  public <T> void page(List<T> items, Members<T> members, int page, int size, long total)
      throws IOException {
    startObject(null);
    objects(ITEMS, items, members);
    member(PAGE, page);
    member(SIZE, size);
    member(TOTAL, total);
    end('}');
  }

  /** A value of an array: a string, or {@code null}. */
  public void value(String value) throws IOException {
    separate();
    string(value);
  }

  /** Writes out what is buffered and flushes the stream. */
  public void flush() throws IOException {
    drain();
    out.flush();
  }

  /** Writes the number in decimal, as JSON-B writes an {@code int} or a {@code long}. */
  private void number(long value) throws IOException {
    if (buffer.length - used < LONGEST_NUMBER) {
      drain();
    }
    if (value == Long.MIN_VALUE) {
      put(MIN_LONG);
      return;
    }
    byte[] b = buffer;
    if (value < 0) {
      b[used++] = '-';
      value = -value;
    }
    int digits = 1;
    for (long rest = value / 10; rest != 0; rest /= 10) {
      digits++;
    }
    int at = used + digits;
    used = at;
    do {
      b[--at] = (byte) ('0' + value % 10);
      value /= 10;
    } while (value != 0);
  }

  private void open(byte[] name, char opening) throws IOException {
    if (name == null) {
      separate();
    } else {
      name(name);
    }
    put(opening);
    first = true;
  }

  private void name(byte[] name) throws IOException {
    separate();
    put(name);
  }

  private void separate() throws IOException {
    if (!first) {
      put(',');
    }
    first = false;
  }

  /**
   * Encodes the string into the buffer a stretch at a time: each stretch as many characters as fit
   * even if every one were escaped, so that no character checks the room left. The characters are
   * first copied into an array of the writer's own ({@link String#getChars}, one copy for the whole
   * string): read one by one with {@link String#charAt}, each read checked the string's coding and
   * bounds again, a quarter of the writer's samples.
   */
  private void string(String text) throws IOException {
    if (text == null) {
      put(NULL);
      return;
    }
    put('"');
    int length = text.length();
    if (chars.length < length) {
      chars = new char[Math.max(length, 2 * chars.length)];
    }
    char[] from = chars;
    text.getChars(0, length, from, 0);
    int i = 0;
    while (i < length) {
      if (buffer.length - used < MOST_PER_CHAR) {
        drain();
      }
      int end = Math.min(length, i + (buffer.length - used) / MOST_PER_CHAR);
      byte[] b = buffer;
      int at = used;
      for (; i < end; i++) {
        char c = from[i];
        if (c < 0x80) {
          if (c >= 0x20 && c != '"' && c != '\\') {
            b[at++] = (byte) c;
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
          // four bytes for two characters: within the room counted for the first one
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
    put('"');
  }

  /** Writes the escape of an ASCII character at index at; the index after it. */
  private int escape(char c, int at) {
    byte[] b = buffer;
    b[at++] = '\\';
    switch (c) {
      case '"' -> b[at++] = '"';
      case '\\' -> b[at++] = '\\';
      case '\b' -> b[at++] = 'b';
      case '\f' -> b[at++] = 'f';
      case '\n' -> b[at++] = 'n';
      case '\r' -> b[at++] = 'r';
      case '\t' -> b[at++] = 't';
      default -> {
        b[at++] = 'u';
        b[at++] = '0';
        b[at++] = '0';
        b[at++] = HEX[c >> 4];
        b[at++] = HEX[c & 0xf];
      }
    }
    return at;
  }

  private void put(char c) throws IOException {
    if (used == buffer.length) {
      drain();
    }
    buffer[used++] = (byte) c;
  }

  private void put(byte[] bytes) throws IOException {
    if (buffer.length - used < bytes.length) {
      drain();
    }
    System.arraycopy(bytes, 0, buffer, used, bytes.length);
    used += bytes.length;
  }

  private void drain() throws IOException {
    out.write(buffer, 0, used);
    used = 0;
  }

  /** Writes the members of one kind of object (not its braces). */
  @FunctionalInterface
  public interface Members<T> {
    void write(T value, JsonText json) throws IOException;
  }
}
