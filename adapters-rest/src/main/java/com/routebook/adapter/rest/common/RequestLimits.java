package com.routebook.adapter.rest.common;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.routebook.adapter.rest.problem.ApiTexts;
import com.routebook.adapter.rest.problem.Problem;
import com.routebook.adapter.rest.problem.ProblemException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The limits of every call, checked before a resource sees it (ASVS 5.0 V2.2.1, V4): a JSON body of
 * at most {@value #MAX_JSON_BODY_BYTES} bytes and any other body (a file) of at most {@value
 * #MAX_FILE_BODY_BYTES}, else 413; every string of a JSON body and every query parameter at most
 * {@value #MAX_STRING_LENGTH} characters, or the longer maximum of its field ({@link
 * #LONGER_FIELDS}), else 422 with one error per string ({@code INPUT_TOO_LONG}). The rules of SPEC
 * (a customer number of 35 characters, a document id of 200, ...) are checked by the domain after
 * these, which only keep a caller from making the server parse, hash or search megabytes.
 */
@Provider
@PreMatching
public class RequestLimits implements ContainerRequestFilter {

  /** Largest JSON body: a batch of 10,000 documents with long references fits. */
  public static final int MAX_JSON_BODY_BYTES = 10 * 1024 * 1024;

  /** Largest body of another type (an uploaded file). */
  public static final int MAX_FILE_BODY_BYTES = 64 * 1024 * 1024;

  /** Longest string of a JSON body or query parameter, unless its field allows more. */
  public static final int MAX_STRING_LENGTH = 1_000;

  /**
   * Fields allowed to be longer: the customer numbers as one comma-separated text (50 numbers of 35
   * characters and their separators).
   */
  public static final Map<String, Integer> LONGER_FIELDS = Map.of("customerNumbers", 2_000);

  /** Code of a string over its limit. */
  public static final String INPUT_TOO_LONG = "INPUT_TOO_LONG";

  /** Code of a body over its limit. */
  public static final String BODY_TOO_LARGE = "BODY_TOO_LARGE";

  /** JSON bodies are UTF-8 (API.md): read as such, never guessed from their first bytes. */
  private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

  /** At most this many errors are listed; one is enough to refuse. */
  static final int MAX_ERRORS = 20;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    List<Problem.FieldError> errors = new ArrayList<>();
    request
        .getUriInfo()
        .getQueryParameters()
        .forEach(
            (name, values) ->
                values.forEach(value -> checkLength(name, name, value.length(), errors)));
    if (request.hasEntity()) {
      boolean json = isJson(request.getMediaType());
      int limit = json ? MAX_JSON_BODY_BYTES : MAX_FILE_BODY_BYTES;
      if (request.getLength() > limit) {
        throw tooLarge(limit);
      }
      if (json) {
        byte[] body = readAtMost(request.getEntityStream(), limit);
        if (body.length > 0) { // no body at all (a POST without one) is the resource's to judge
          errors.addAll(longStrings(body));
        }
        request.setEntityStream(new ByteArrayInputStream(body));
      } else {
        request.setEntityStream(new LimitedStream(request.getEntityStream(), limit));
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(
          INPUT_TOO_LONG, errors.subList(0, Math.min(errors.size(), MAX_ERRORS)));
    }
  }

  static boolean isJson(MediaType type) {
    return type == null
        || type.getSubtype().equalsIgnoreCase("json")
        || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json");
  }

  /** 413 for a body over the limit. */
  static ProblemException tooLarge(int limit) {
    return new ProblemException(
        413, BODY_TOO_LARGE, ApiTexts.fieldError("body", "bodyTooLarge", limit).message());
  }

  /** The body, or 413 as soon as it is longer than the limit. */
  static byte[] readAtMost(InputStream in, int limit) throws IOException {
    byte[] body = in.readNBytes(limit);
    if (body.length == limit && in.read() >= 0) {
      throw tooLarge(limit);
    }
    return body;
  }

  /**
   * The strings of a JSON body longer than their field allows, each named by its path (e.g. {@code
   * documents[3].customerNumber}). The whole body is read: one that is not well-formed JSON (UTF-8)
   * is refused here with 400 {@code MALFORMED_JSON}, so JSON-B never binds it (its parser looped
   * for ever skipping an unknown member whose array never ends: found by fuzzing).
   *
   * @throws ProblemException 400 {@code MALFORMED_JSON}
   */
  public static List<Problem.FieldError> longStrings(byte[] body) {
    List<Problem.FieldError> errors = new ArrayList<>();
    Deque<Object> path = new ArrayDeque<>();
    try (JsonParser parser = PARSERS.createParser(new ByteArrayInputStream(body), UTF_8)) {
      if (!parser.hasNext()) {
        throw malformed("the body is empty");
      }
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        switch (event) {
          case START_OBJECT, START_ARRAY ->
              path.push(event == JsonParser.Event.START_ARRAY ? 0 : "");
          case END_OBJECT, END_ARRAY -> {
            path.pop();
            next(path);
          }
          case KEY_NAME -> {
            path.pop();
            path.push(parser.getString());
          }
          case VALUE_STRING -> {
            if (errors.size() < MAX_ERRORS) {
              int length = parser.getString().length();
              if (length > MAX_STRING_LENGTH) { // the path is named only for a string too long
                checkLength(field(path), name(path), length, errors);
              }
            }
            next(path);
          }
          default -> next(path);
        }
      }
    } catch (JsonException | java.util.NoSuchElementException notJson) {
      throw malformed(
          notJson.getMessage() == null ? "the body could not be read" : notJson.getMessage());
    }
    return errors;
  }

  /** 400: the body is not well-formed JSON, as JSON-B would have said. */
  static ProblemException malformed(String why) {
    String detail = why.replaceAll("\\s+", " ").strip();
    if (detail.length() > 300) {
      detail = detail.substring(0, 300) + "…";
    }
    return new ProblemException(
        400, "MALFORMED_JSON", "the request body is not valid JSON for this operation: " + detail);
  }

  private static void checkLength(
      String field, String name, int length, List<Problem.FieldError> errors) {
    int max = LONGER_FIELDS.getOrDefault(name, MAX_STRING_LENGTH);
    if (length > max) {
      errors.add(ApiTexts.fieldError(field, "tooLong", field, max, length));
    }
  }

  /** After a value inside an array, the index moves on. */
  private static void next(Deque<Object> path) {
    if (!path.isEmpty() && path.peek() instanceof Integer index) {
      path.pop();
      path.push(index + 1);
    }
  }

  /** The innermost member name of the path (the field whose limit applies). */
  private static String name(Deque<Object> path) {
    for (Object part : path) {
      if (part instanceof String name) {
        return name;
      }
    }
    return "";
  }

  /** The path as the API names fields: {@code documents[3].customerNumber}. */
  static String field(Deque<Object> path) {
    StringBuilder field = new StringBuilder();
    var parts = path.descendingIterator();
    while (parts.hasNext()) {
      Object part = parts.next();
      if (part instanceof Integer index) {
        field.append('[').append(index).append(']');
      } else if (!((String) part).isEmpty()) {
        if (field.length() > 0) {
          field.append('.');
        }
        field.append(part);
      }
    }
    return field.length() == 0 ? "body" : field.toString();
  }

  /** A file body that fails with 413 once it is longer than the limit. */
  private static final class LimitedStream extends java.io.FilterInputStream {
    private final int limit;
    private long read;

    LimitedStream(InputStream in, int limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > limit) {
        throw tooLarge(limit);
      }
    }
  }
}
