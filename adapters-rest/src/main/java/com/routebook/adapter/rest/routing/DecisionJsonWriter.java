package com.routebook.adapter.rest.routing;

import com.routebook.adapter.rest.common.DecisionResponse;
import com.routebook.adapter.rest.common.DecisionResponse.RecipientJson;
import com.routebook.adapter.rest.common.ServiceProviderJson;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

/**
 * Writes routing decisions ({@link DecisionResponse}, {@link DecisionsResponse}) straight to the
 * response with JSON-P's streaming generator: the same JSON as JSON-B writes with the API's
 * configuration (members in the records' declared order, {@code null} members written), without
 * JSON-B's reflection, its per-object bookkeeping and its intermediate objects. Decisions are what
 * single and batch routing answer, thousands per call; {@code DecisionJsonWriterTest} compares the
 * two writers' output for every kind of decision.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class DecisionJsonWriter implements MessageBodyWriter<Object> {

  private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

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
      OutputStream out) {
    try (JsonGenerator json = GENERATORS.createGenerator(new Unclosed(out))) {
      write(value, json);
    }
  }

  /** Writes a decision or a list of decisions as JSON-B would. */
  private static void write(Object value, JsonGenerator json) {
    if (value instanceof DecisionsResponse decisions) {
      json.writeStartObject();
      if (decisions.results() == null) {
        json.writeNull("results");
      } else {
        json.writeStartArray("results");
        for (DecisionResponse decision : decisions.results()) {
          if (decision == null) {
            json.writeNull();
          } else {
            decision(decision, json);
          }
        }
        json.writeEnd();
      }
      json.writeEnd();
    } else {
      decision((DecisionResponse) value, json);
    }
  }

  private static void decision(DecisionResponse decision, JsonGenerator json) {
    json.writeStartObject();
    text(json, "documentId", decision.documentId());
    text(json, "outcome", decision.outcome());
    text(json, "reason", decision.reason());
    text(json, "message", decision.message());
    recipient(json, decision.recipient());
    provider(json, decision.serviceProvider());
    text(json, "matchedBy", decision.matchedBy());
    text(json, "customerId", decision.customerId());
    texts(json, "warnings", decision.warnings());
    texts(json, "path", decision.path());
    json.writeEnd();
  }

  private static void recipient(JsonGenerator json, RecipientJson recipient) {
    if (recipient == null) {
      json.writeNull("recipient");
      return;
    }
    json.writeStartObject("recipient");
    text(json, "participantId", recipient.participantId());
    text(json, "name", recipient.name());
    text(json, "eAddress", recipient.eAddress());
    texts(json, "warnings", recipient.warnings());
    json.writeEnd();
  }

  /**
   * A provider's members in JSON-B's default (lexicographic) order, as it has no order of its own.
   */
  private static void provider(JsonGenerator json, ServiceProviderJson provider) {
    if (provider == null) {
      json.writeNull("serviceProvider");
      return;
    }
    json.writeStartObject("serviceProvider");
    text(json, "id", provider.id());
    text(json, "name", provider.name());
    json.writeEnd();
  }

  private static void text(JsonGenerator json, String name, String value) {
    if (value == null) {
      json.writeNull(name);
    } else {
      json.write(name, value);
    }
  }

  private static void texts(JsonGenerator json, String name, List<String> values) {
    if (values == null) {
      json.writeNull(name);
      return;
    }
    json.writeStartArray(name);
    for (String value : values) {
      if (value == null) {
        json.writeNull();
      } else {
        json.write(value);
      }
    }
    json.writeEnd();
  }

  /** The response's stream, flushed but left open when the generator closes: JAX-RS closes it. */
  private static final class Unclosed extends java.io.FilterOutputStream {
    Unclosed(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws java.io.IOException {
      out.write(bytes, offset, length);
    }

    @Override
    public void close() throws java.io.IOException {
      flush();
    }
  }
}
