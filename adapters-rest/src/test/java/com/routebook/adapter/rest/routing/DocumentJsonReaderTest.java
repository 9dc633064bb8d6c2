package com.routebook.adapter.rest.routing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.routebook.adapter.rest.JsonbConfiguration;
import com.routebook.adapter.rest.common.DocumentReferenceJson;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The streaming reader of routing bodies binds every body as JSON-B does with the API's
 * configuration, or fails as JSON-B fails: plain bodies by its own fast path, every other through
 * JSON-B itself. {@code RequestMappingFuzzTest} compares the two on fuzzed bodies too.
 */
class DocumentJsonReaderTest {

  private static final Jsonb JSONB = new JsonbConfiguration().getContext(Object.class);

  private static final List<String> REFERENCES =
      List.of(
          "{\"documentId\":\"INV-1\",\"customerNumber\":\"A-1\"}",
          "{\"documentId\":\"INV-1\",\"eAddress\":\"0007:5560360793\",\"ovt\":\"003712345678\","
              + "\"iban\":\"SE45 5000 0000 0583 9825 7466\",\"gln\":\"7350012345679\","
              + "\"organizationNumber\":\"556036-0793\",\"vatNumber\":\"SE556036079301\"}",
          "{\"documentId\":null,\"customerNumber\":null}",
          "{}",
          " { \"documentId\" : \"\\u00c5\\n\\\"x\\\" 😀\" } ",
          "{\"documentId\":\"INV-1\",\"extra\":{\"a\":[1,2]}}",
          "{\"documentId\":\"INV-1\",\"documentId\":\"INV-2\"}",
          "{\"documentid\":\"INV-1\"}",
          "{\"documentId\":12}",
          "{\"documentId\":true}",
          "{\"documentId\":[\"a\"]}",
          "null",
          "[]",
          "\"text\"",
          "{\"documentId\":\"INV-1\"} {}",
          "{\"documentId\":\"INV-1\"",
          "not json");

  private static final List<String> BATCHES =
      List.of(
          "{\"documents\":[{\"documentId\":\"A\",\"customerNumber\":\"1\"},null,{}]}",
          "{\"documents\":[]}",
          "{\"documents\":null}",
          "{}",
          "{\"documents\":[{\"documentId\":\"A\"}],\"documents\":[]}",
          "{\"documents\":[\"A\"]}",
          "{\"documents\":[[]]}",
          "{\"documents\":{\"documentId\":\"A\"}}",
          "{\"documents\":[{\"documentId\":\"A\",\"other\":1}],\"more\":true}",
          "{\"Documents\":[]}",
          "{\"documents\":[{\"documentId\":5}]}",
          "[{\"documentId\":\"A\"}]",
          "null",
          "{\"documents\":[");

  @Test
  void a_document_reference_is_bound_as_json_b_binds_it() {
    REFERENCES.forEach(body -> assertSameAsJsonb(DocumentReferenceJson.class, body));
  }

  @Test
  void a_batch_is_bound_as_json_b_binds_it() {
    BATCHES.forEach(body -> assertSameAsJsonb(RouteDocumentsRequest.class, body));
  }

  @Test
  void a_plain_batch_is_read_with_its_null_items() {
    Object read =
        DocumentJsonReader.read(
            RouteDocumentsRequest.class,
            "{\"documents\":[{\"documentId\":\"A\",\"customerNumber\":\"N1\"},null]}"
                .getBytes(UTF_8));
    assertThat(read)
        .isEqualTo(
            new RouteDocumentsRequest(
                java.util.Arrays.asList(
                    new DocumentReferenceJson("A", "N1", null, null, null, null, null, null),
                    null)));
  }

  @Test
  void no_body_is_read_as_none_and_only_routing_bodies_are_read() throws Exception {
    DocumentJsonReader reader = new DocumentJsonReader();
    assertThat(
            reader.readFrom(
                Object.class, null, null, null, null, new ByteArrayInputStream(new byte[0])))
        .isNull();
    MediaType json = MediaType.APPLICATION_JSON_TYPE;
    assertThat(reader.isReadable(DocumentReferenceJson.class, null, null, json)).isTrue();
    assertThat(reader.isReadable(RouteDocumentsRequest.class, null, null, json)).isTrue();
    assertThat(reader.isReadable(ResendRequest.class, null, null, json)).isFalse();
  }

  /** Both readers give equal records, or both fail with the same message. */
  static void assertSameAsJsonb(Class<?> type, String body) {
    Object expected = null;
    Throwable expectedFailure = catchThrowable(() -> JSONB.fromJson(body, type));
    if (expectedFailure == null) {
      expected = JSONB.fromJson(body, type);
    }
    Object[] actual = {null};
    Throwable failure =
        catchThrowable(() -> actual[0] = DocumentJsonReader.read(type, body.getBytes(UTF_8)));
    if (expectedFailure == null) {
      assertThat(failure).as(body).isNull();
      assertThat(actual[0]).as(body).isEqualTo(expected);
    } else {
      assertThat(failure).as(body).isNotNull().hasMessage(expectedFailure.getMessage());
      assertThat(failure.getClass()).as(body).isEqualTo(expectedFailure.getClass());
    }
  }
}
