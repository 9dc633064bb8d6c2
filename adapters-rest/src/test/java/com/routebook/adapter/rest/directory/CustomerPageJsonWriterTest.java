package com.routebook.adapter.rest.directory;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.adapter.rest.JsonbConfiguration;
import com.routebook.adapter.rest.common.ServiceProviderJson;
import com.routebook.adapter.rest.registry.ParticipantPage;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The writer of the directory's search pages writes byte for byte what JSON-B writes with the API's
 * configuration ({@link JsonbConfiguration}), for every shape of page and customer.
 */
class CustomerPageJsonWriterTest {

  private static final Jsonb JSONB = new JsonbConfiguration().getContext(Object.class);

  private final CustomerPageJsonWriter writer = new CustomerPageJsonWriter();

  private static final CustomerSummary FULL =
      new CustomerSummary(
          "c-1",
          "Åkesson & \"Söner\" AB \\ / \u0001 \u2028 😀",
          "p-1",
          "0007:5560360793",
          "5560360793",
          "SE556036079301",
          List.of("N-1", "tab\there", "ü"),
          new ServiceProviderJson("sp-1", "Access\nOperator"),
          "ACTIVE",
          false,
          7,
          List.of("the scheme 0007 is deprecated"));

  private static final CustomerSummary SPARSE =
      new CustomerSummary(
          "c-2",
          "Nordic Paper",
          "p-2",
          "0088:7350012345675",
          null,
          null,
          List.of(),
          null,
          "INACTIVE",
          true,
          Long.MAX_VALUE,
          List.of());

  private static final CustomerSummary NULLS =
      new CustomerSummary(
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          new ServiceProviderJson(null, null),
          null,
          false,
          Long.MIN_VALUE,
          Arrays.asList("one", null));

  @Test
  void a_page_is_written_as_json_b_writes_it() throws IOException {
    List<CustomerSummary> many = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      many.add(i % 3 == 0 ? FULL : i % 3 == 1 ? SPARSE : NULLS);
    }
    many.add(null);
    for (CustomerPage page :
        List.of(
            new CustomerPage(List.of(FULL), 0, 50, 1),
            new CustomerPage(many, 3, 500, 2_000_123),
            new CustomerPage(List.of(), 7, 50, 0),
            new CustomerPage(List.of(SPARSE, NULLS), -1, Integer.MAX_VALUE, -42),
            new CustomerPage(null, Integer.MIN_VALUE, 0, Long.MAX_VALUE))) {
      assertThat(written(page)).isEqualTo(JSONB.toJson(page));
    }
  }

  @Test
  void every_number_is_written_as_json_b_writes_it() throws IOException {
    for (long version :
        new long[] {
          0, 1, 9, 10, 99, 100, -1, -10, 1_234_567_890_123L, Long.MAX_VALUE, Long.MIN_VALUE
        }) {
      CustomerSummary customer =
          new CustomerSummary(
              "c", "n", "p", "e", null, null, List.of(), null, "ACTIVE", false, version, List.of());
      CustomerPage page = new CustomerPage(List.of(customer), 0, 1, version);
      assertThat(written(page)).isEqualTo(JSONB.toJson(page));
    }
  }

  @Test
  void it_writes_the_directory_s_pages_only() {
    MediaType json = MediaType.APPLICATION_JSON_TYPE;
    assertThat(writer.isWriteable(CustomerPage.class, null, null, json)).isTrue();
    assertThat(writer.isWriteable(ParticipantPage.class, null, null, json)).isFalse();
    assertThat(writer.isWriteable(CustomerSummary.class, null, null, json)).isFalse();
    assertThat(writer.isWriteable(Object.class, null, null, json)).isFalse();
  }

  private String written(CustomerPage page) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.writeTo(page, CustomerPage.class, null, null, null, null, out);
    return out.toString(UTF_8);
  }
}
