package com.routebook.adapter.rest.routing;

import com.routebook.adapter.rest.common.DecisionResponse;
import com.routebook.adapter.rest.common.DecisionResponse.RecipientJson;
import com.routebook.adapter.rest.common.ServiceProviderJson;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes routing decisions ({@link DecisionResponse}, {@link DecisionsResponse}) straight to the
 * response as UTF-8 JSON bytes: the same JSON as JSON-B writes with the API's configuration
 * (members in the records' declared order, {@code null} members written, the same escapes), without
 * JSON-B's reflection, its per-object bookkeeping and its intermediate objects. Decisions are what
 * single and batch routing answer, thousands per call. JSON-P's generator, which this writer used
 * before, escaped every string a character at a time: a tenth of the server's time in a batch of
 * 10,000 documents (Flight Recorder). Here the strings are encoded straight into a buffer of bytes,
 * and the members' names copied from bytes made once. {@code DecisionJsonWriterTest} compares the
 * output with JSON-B's for every kind of decision, control characters, characters outside the BMP
 * and surrogates without their pair included.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class DecisionJsonWriter implements MessageBodyWriter<Object> {

  private static final byte[] RESULTS = name("results");
  private static final byte[] DOCUMENT_ID = name("documentId");
  private static final byte[] OUTCOME = name("outcome");
  private static final byte[] REASON = name("reason");
  private static final byte[] MESSAGE = name("message");
  private static final byte[] RECIPIENT = name("recipient");
  private static final byte[] SERVICE_PROVIDER = name("serviceProvider");
  private static final byte[] MATCHED_BY = name("matchedBy");
  private static final byte[] CUSTOMER_ID = name("customerId");
  private static final byte[] WARNINGS = name("warnings");
  private static final byte[] PATH = name("path");
  private static final byte[] PARTICIPANT_ID = name("participantId");
  private static final byte[] NAME = name("name");
  private static final byte[] E_ADDRESS = name("eAddress");
  private static final byte[] ID = name("id");

  private static final byte[] NULL = {'n', 'u', 'l', 'l'};

  /**
   * A member's name as written before its value: quoted, and the colon. The names are written from
   * these bytes: the API's names need no escape, and looking for one in every name took an eighth
   * of the writer's samples.
   */
  private static byte[] name(String name) {
    return ('"' + name + "\":").getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == DecisionResponse.class || type == DecisionsResponse.class;
  }

  @Override
  public void writeTo(
      Object value,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream out)
      throws IOException {
    JsonText json = new JsonText(out);
    write(value, json);
    json.flush(); // not closed: the container closes the response's stream
  }

  /** Writes a decision or a list of decisions as JSON-B would. */
  private static void write(Object value, JsonText json) throws IOException {
    if (value instanceof DecisionsResponse decisions) {
      json.startObject(null);
      if (decisions.results() == null) {
        json.member(RESULTS, null);
      } else {
        json.startArray(RESULTS);
        for (DecisionResponse decision : decisions.results()) {
          if (decision == null) {
            json.value(null);
          } else {
            decision(decision, json);
          }
        }
        json.end(']');
      }
      json.end('}');
    } else {
      decision((DecisionResponse) value, json);
    }
  }

  private static void decision(DecisionResponse decision, JsonText json) throws IOException {
    json.startObject(null);
    json.member(DOCUMENT_ID, decision.documentId());
    json.member(OUTCOME, decision.outcome());
    json.member(REASON, decision.reason());
    json.member(MESSAGE, decision.message());
    recipient(json, decision.recipient());
    provider(json, decision.serviceProvider());
    json.member(MATCHED_BY, decision.matchedBy());
    json.member(CUSTOMER_ID, decision.customerId());
    texts(json, WARNINGS, decision.warnings());
    texts(json, PATH, decision.path());
    json.end('}');
  }

  private static void recipient(JsonText json, RecipientJson recipient) throws IOException {
    if (recipient == null) {
      json.member(RECIPIENT, null);
      return;
    }
    json.startObject(RECIPIENT);
    json.member(PARTICIPANT_ID, recipient.participantId());
    json.member(NAME, recipient.name());
    json.member(E_ADDRESS, recipient.eAddress());
    texts(json, WARNINGS, recipient.warnings());
    json.end('}');
  }

  /**
   * A provider's members in JSON-B's default (lexicographic) order, as it has no order of its own.
   */
  private static void provider(JsonText json, ServiceProviderJson provider) throws IOException {
    if (provider == null) {
      json.member(SERVICE_PROVIDER, null);
      return;
    }
    json.startObject(SERVICE_PROVIDER);
    json.member(ID, provider.id());
    json.member(NAME, provider.name());
    json.end('}');
  }

  private static void texts(JsonText json, byte[] name, List<String> values) throws IOException {
    if (values == null) {
      json.member(name, null);
      return;
    }
    json.startArray(name);
    for (String value : values) {
      json.value(value);
    }
    json.end(']');
  }

  /**
   * JSON text in UTF-8 on a stream: objects, arrays, strings and {@code null}, with the commas
   * between values. Strings are escaped as JSON-P escapes them: the quote, the backslash and the
   * control characters, the common ones by letter, the others as a backslash, u and four
   * hexadecimal digits; a surrogate without its pair is written as {@code ?}, as the JDK's UTF-8
   * encoder writes it. Bytes gather in a buffer of its own and go to the stream a buffer at a time.
   * (Written first as characters to an {@link java.io.OutputStreamWriter}, the text was copied into
   * the buffer, scanned there, then encoded from it: a fifth of the server's samples in the bench's
   * batches. A {@link java.io.BufferedWriter} took a lock for every character and run written to
   * it, 19%.)
   */
  private static final class JsonText {

    /** The most bytes a character of a string takes, escaped ({@code \u001f}). */
    private static final int MOST_PER_CHAR = 6;

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 15];
    private int used;

    /** The characters of the string being written. */
    private char[] chars = new char[256];

    /** Whether the next value is the first of its object or array (no comma before it). */
    private boolean first = true;

    JsonText(OutputStream out) {
      this.out = out;
    }

    /** Opens an object: a member's value when name is given, else a value of its own. */
    void startObject(byte[] name) throws IOException {
      open(name, '{');
    }

    void startArray(byte[] name) throws IOException {
      open(name, '[');
    }

    /** Closes the object or array opened last. */
    void end(char closing) throws IOException {
      put(closing);
      first = false;
    }

    /** A member with a string value, or {@code null}. */
    void member(byte[] name, String value) throws IOException {
      name(name);
      string(value);
    }

    /** A value of an array: a string, or {@code null}. */
    void value(String value) throws IOException {
      separate();
      string(value);
    }

    /** Writes out what is buffered and flushes the stream. */
    void flush() throws IOException {
      drain();
      out.flush();
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
     * Encodes the string into the buffer a stretch at a time: each stretch as many characters as
     * fit even if every one were escaped, so that no character checks the room left. The characters
     * are first copied into an array of the writer's own ({@link String#getChars}, one copy for the
     * whole string): read one by one with {@link String#charAt}, each read checked the string's
     * coding and bounds again, a quarter of the writer's samples.
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
  }
}
