package com.routebook.adapter.rest.routing;

import com.routebook.adapter.rest.JsonbConfiguration;
import com.routebook.adapter.rest.common.DocumentReferenceJson;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.bind.Jsonb;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParserFactory;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Reads the bodies of routing ({@link DocumentReferenceJson}, {@link RouteDocumentsRequest}) with
 * JSON-P's streaming parser when they have the plain shape the API documents: an object of known
 * members, each a string or {@code null}, once (and for a batch, an array of such objects or {@code
 * null}s). Any other body (another member, a number where a string goes, a member twice, not JSON
 * at all) is handed to JSON-B with the API's configuration, so every such body is bound, or
 * refused, exactly as before. {@code DocumentJsonReaderTest} compares both readers.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class DocumentJsonReader implements MessageBodyReader<Object> {

  private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

  private static final Jsonb JSONB = new JsonbConfiguration().getContext(Object.class);

  /** The members of a document reference: its record's components, in their order. */
  private static final List<String> MEMBERS =
      Arrays.stream(DocumentReferenceJson.class.getRecordComponents())
          .map(RecordComponent::getName)
          .toList();

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == DocumentReferenceJson.class || type == RouteDocumentsRequest.class;
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream entity)
      throws IOException {
    byte[] body = entity.readAllBytes();
    if (body.length == 0) {
      return null; // no body: the resource says a body is required
    }
    return read(type, body);
  }

  /** The body bound to the type, by the fast path when it can, else by JSON-B. */
  static Object read(Class<?> type, byte[] body) {
    try (JsonParser parser =
        PARSERS.createParser(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
      Object read =
          type == RouteDocumentsRequest.class ? documents(parser) : reference(parser, next(parser));
      if (!parser.hasNext()) {
        return read;
      }
    } catch (NotPlain | JsonException | NoSuchElementException | IllegalStateException other) {
      // not the plain shape: JSON-B decides, below
    }
    return JSONB.fromJson(new String(body, StandardCharsets.UTF_8), type);
  }

  private static RouteDocumentsRequest documents(JsonParser parser) {
    expect(next(parser), Event.START_OBJECT);
    List<DocumentReferenceJson> documents = null;
    Event event = next(parser);
    if (event == Event.KEY_NAME) {
      if (!parser.getString().equals("documents")) {
        throw NotPlain.INSTANCE;
      }
      Event value = next(parser);
      if (value != Event.VALUE_NULL) {
        expect(value, Event.START_ARRAY);
        documents = new ArrayList<>();
        for (Event item = next(parser); item != Event.END_ARRAY; item = next(parser)) {
          documents.add(item == Event.VALUE_NULL ? null : reference(parser, item));
        }
      }
      event = next(parser);
    }
    expect(event, Event.END_OBJECT);
    return new RouteDocumentsRequest(documents);
  }

  private static DocumentReferenceJson reference(JsonParser parser, Event start) {
    expect(start, Event.START_OBJECT);
    String[] values = new String[MEMBERS.size()];
    boolean[] seen = new boolean[MEMBERS.size()];
    for (Event event = next(parser); event != Event.END_OBJECT; event = next(parser)) {
      expect(event, Event.KEY_NAME);
      int member = MEMBERS.indexOf(parser.getString());
      if (member < 0 || seen[member]) {
        throw NotPlain.INSTANCE;
      }
      seen[member] = true;
      Event value = next(parser);
      if (value == Event.VALUE_STRING) {
        values[member] = parser.getString();
      } else {
        expect(value, Event.VALUE_NULL);
      }
    }
    return new DocumentReferenceJson(
        values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7]);
  }

  private static Event next(JsonParser parser) {
    if (!parser.hasNext()) {
      throw NotPlain.INSTANCE;
    }
    return parser.next();
  }

  private static void expect(Event event, Event expected) {
    if (event != expected) {
      throw NotPlain.INSTANCE;
    }
  }

  /** The body is not of the plain shape; thrown without a stack, as it is only a signal. */
  private static final class NotPlain extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final NotPlain INSTANCE = new NotPlain();

    private NotPlain() {
      super("not the plain shape", null, false, false);
    }
  }
}
