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
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes routing decisions ({@link DecisionResponse}, {@link DecisionsResponse}) straight to the
 * response as UTF-8 JSON text: the same JSON as JSON-B writes with the API's configuration (members
 * in the records' declared order, {@code null} members written, the same escapes), without JSON-B's
 * reflection, its per-object bookkeeping and its intermediate objects. Decisions are what single
 * and batch routing answer, thousands per call. JSON-P's generator, which this writer used before,
 * escaped every string a character at a time: a tenth of the server's time in a batch of 10,000
 * documents (Flight Recorder). Here a run of characters that needs no escape, nearly every string,
 * is written whole. {@code DecisionJsonWriterTest} compares the output with JSON-B's for every kind
 * of decision, control characters and characters outside the BMP included.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class DecisionJsonWriter implements MessageBodyWriter<Object> {

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
    JsonText json = new JsonText(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    write(value, json);
    json.flush(); // not closed: the container closes the response's stream
  }

  /** Writes a decision or a list of decisions as JSON-B would. */
  private static void write(Object value, JsonText json) throws IOException {
    if (value instanceof DecisionsResponse decisions) {
      json.startObject(null);
      if (decisions.results() == null) {
        json.member("results", null);
      } else {
        json.startArray("results");
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
    json.member("documentId", decision.documentId());
    json.member("outcome", decision.outcome());
    json.member("reason", decision.reason());
    json.member("message", decision.message());
    recipient(json, decision.recipient());
    provider(json, decision.serviceProvider());
    json.member("matchedBy", decision.matchedBy());
    json.member("customerId", decision.customerId());
    texts(json, "warnings", decision.warnings());
    texts(json, "path", decision.path());
    json.end('}');
  }

  private static void recipient(JsonText json, RecipientJson recipient) throws IOException {
    if (recipient == null) {
      json.member("recipient", null);
      return;
    }
    json.startObject("recipient");
    json.member("participantId", recipient.participantId());
    json.member("name", recipient.name());
    json.member("eAddress", recipient.eAddress());
    texts(json, "warnings", recipient.warnings());
    json.end('}');
  }

  /**
   * A provider's members in JSON-B's default (lexicographic) order, as it has no order of its own.
   */
  private static void provider(JsonText json, ServiceProviderJson provider) throws IOException {
    if (provider == null) {
      json.member("serviceProvider", null);
      return;
    }
    json.startObject("serviceProvider");
    json.member("id", provider.id());
    json.member("name", provider.name());
    json.end('}');
  }

  private static void texts(JsonText json, String name, List<String> values) throws IOException {
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
   * JSON text on a writer: objects, arrays, strings and {@code null}, with the commas between
   * values. Strings are escaped as JSON-P escapes them: the quote, the backslash and the control
   * characters, the common ones by letter, the others as a backslash, u and four hexadecimal
   * digits. Characters gather in a buffer of its own and go to the writer a buffer at a time: a
   * {@link java.io.BufferedWriter} takes a lock for every character and run written to it, 19% of
   * the server's samples in the batch measure with this writer's first version.
   */
  private static final class JsonText {
    private final Writer out;
    private final char[] buffer = new char[1 << 14];
    private int used;

    /** Whether the next value is the first of its object or array (no comma before it). */
    private boolean first = true;

    JsonText(Writer out) {
      this.out = out;
    }

    /** Opens an object: a member's value when name is given, else a value of its own. */
    void startObject(String name) throws IOException {
      open(name, '{');
    }

    void startArray(String name) throws IOException {
      open(name, '[');
    }

    /** Closes the object or array opened last. */
    void end(char closing) throws IOException {
      put(closing);
      first = false;
    }

    /** A member with a string value, or {@code null}. */
    void member(String name, String value) throws IOException {
      name(name);
      string(value);
    }

    /** A value of an array: a string, or {@code null}. */
    void value(String value) throws IOException {
      separate();
      string(value);
    }

    /** Writes out what is buffered and flushes the writer. */
    void flush() throws IOException {
      drain();
      out.flush();
    }

    private void open(String name, char opening) throws IOException {
      if (name == null) {
        separate();
      } else {
        name(name);
      }
      put(opening);
      first = true;
    }

    private void name(String name) throws IOException {
      separate();
      string(name);
      put(':');
    }

    private void separate() throws IOException {
      if (!first) {
        put(',');
      }
      first = false;
    }

    /**
     * Copies the string into the buffer (one {@link String#getChars} per buffer's worth), then
     * looks there for a character to escape: a loop of {@link String#charAt} checked every index,
     * 5% of the server's samples in the batch measure.
     */
    private void string(String text) throws IOException {
      if (text == null) {
        put("null", 0, 4);
        return;
      }
      put('"');
      int from = 0;
      int length = text.length();
      while (from < length) {
        if (used == buffer.length) {
          drain();
        }
        int start = used;
        int end = start + Math.min(length - from, buffer.length - start);
        text.getChars(from, from + end - start, buffer, start);
        int i = start;
        while (i < end && !escapes(buffer[i])) {
          i++;
        }
        used = i;
        from += i - start;
        if (i < end) { // buffer[i] is replaced by its escape, the rest copied again
          String escaped = escaped(buffer[i]);
          put(escaped, 0, escaped.length());
          from++;
        }
      }
      put('"');
    }

    private static boolean escapes(char c) {
      return c < 0x20 || c == '"' || c == '\\';
    }

    private void put(char c) throws IOException {
      if (used == buffer.length) {
        drain();
      }
      buffer[used++] = c;
    }

    /** Puts the characters of text from index from to index to (exclusive). */
    private void put(String text, int from, int to) throws IOException {
      while (from < to) {
        if (used == buffer.length) {
          drain();
        }
        int count = Math.min(to - from, buffer.length - used);
        text.getChars(from, from + count, buffer, used);
        used += count;
        from += count;
      }
    }

    private void drain() throws IOException {
      out.write(buffer, 0, used);
      used = 0;
    }

    private static String escaped(char c) {
      return switch (c) {
        case '"' -> "\\\"";
        case '\\' -> "\\\\";
        case '\b' -> "\\b";
        case '\f' -> "\\f";
        case '\n' -> "\\n";
        case '\r' -> "\\r";
        case '\t' -> "\\t";
        default -> String.format("\\u%04x", (int) c);
      };
    }
  }
}
