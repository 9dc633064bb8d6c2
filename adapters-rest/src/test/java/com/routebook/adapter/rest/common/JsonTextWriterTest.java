package com.routebook.adapter.rest.common;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every hand-written writer does around its JSON: it takes its own types only, and writes all
 * it buffered to the response's stream without closing it (the container does).
 */
class JsonTextWriterTest {

  private static final byte[] ID = JsonText.name("id");

  /** A writer of providers: one member object. */
  private static final class ProviderWriter extends JsonTextWriter<Object> {
    ProviderWriter() {
      super(ServiceProviderJson.class, IdentifierJson.class);
    }

    @Override
    protected void write(Object value, JsonText json) throws IOException {
      json.startObject(null);
      json.member(ID, ((ServiceProviderJson) value).id());
      json.end('}');
    }
  }

  private final ProviderWriter writer = new ProviderWriter();

  @Test
  void it_takes_its_own_types_only() {
    MediaType json = MediaType.APPLICATION_JSON_TYPE;
    assertThat(writer.isWriteable(ServiceProviderJson.class, null, null, json)).isTrue();
    assertThat(writer.isWriteable(IdentifierJson.class, null, null, json)).isTrue();
    assertThat(writer.isWriteable(ProviderOptionJson.class, null, null, json)).isFalse();
    assertThat(writer.isWriteable(Object.class, null, null, json)).isFalse();
    assertThat(writer.isWriteable(List.class, null, null, json)).isFalse();
  }

  @Test
  void everything_written_reaches_the_stream_which_is_left_open_for_the_container()
      throws IOException {
    boolean[] closed = {false};
    boolean[] flushed = {false};
    ByteArrayOutputStream out =
        new ByteArrayOutputStream() {
          @Override
          public void flush() {
            flushed[0] = true;
          }

          @Override
          public void close() {
            closed[0] = true;
          }
        };
    writer.writeTo(
        new ServiceProviderJson("sp-1", "Acme"),
        ServiceProviderJson.class,
        null,
        null,
        null,
        null,
        out);
    assertThat(out.toString(UTF_8)).isEqualTo("{\"id\":\"sp-1\"}");
    assertThat(flushed[0]).isTrue();
    assertThat(closed[0]).isFalse();
  }
}
