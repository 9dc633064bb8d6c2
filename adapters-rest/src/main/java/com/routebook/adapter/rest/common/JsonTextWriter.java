package com.routebook.adapter.rest.common;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;

/**
 * A hand-written JSON writer of the API's hot paths: writes values of its own types through {@link
 * JsonText} straight to the response, and leaves the stream open for the container to close.
 * Subclasses are the JAX-RS providers; each writes what JSON-B would write with the API's
 * configuration, and its test compares the two.
 */
public abstract class JsonTextWriter<T> implements MessageBodyWriter<T> {

  private final Set<Class<?>> types;

  /** A writer of exactly these types (not their subclasses: records are final). */
  protected JsonTextWriter(Class<?>... types) {
    this.types = Set.of(types);
  }

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return types.contains(type);
  }

  @Override
  public void writeTo(
      T value,
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

  /** Writes the value as JSON-B would. */
  protected abstract void write(T value, JsonText json) throws IOException;
}
