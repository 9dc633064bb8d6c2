package com.routebook.adapter.rest.registry;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.adapter.rest.JsonbConfiguration;
import com.routebook.adapter.rest.common.IdentifierJson;
import com.routebook.adapter.rest.common.ProviderOptionJson;
import com.routebook.adapter.rest.directory.CustomerPage;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The writer of the registry's search pages writes byte for byte what JSON-B writes with the API's
 * configuration ({@link JsonbConfiguration}), for every shape of page and participant.
 */
class ParticipantPageJsonWriterTest {

  private static final Jsonb JSONB = new JsonbConfiguration().getContext(Object.class);

  private final ParticipantPageJsonWriter writer = new ParticipantPageJsonWriter();

  private static final ParticipantResponse FULL =
      new ParticipantResponse(
          "p-1",
          "Åkesson & \"Söner\" AB \\ / \u0001 \u2028 😀",
          "SE",
          "0007:5560360793",
          List.of(
              new IdentifierJson("ORGANIZATION_NUMBER", "5560360793"),
              new IdentifierJson("GLN", "7350012345675")),
          List.of(
              new ProviderOptionJson("sp-1", "Access\nOperator", true),
              new ProviderOptionJson("sp-2", "Second", false)),
          "ACTIVE",
          List.of("the scheme 0007 is deprecated"));

  private static final ParticipantResponse SPARSE =
      new ParticipantResponse(
          "p-2",
          "Nordic Paper",
          null,
          "0088:7350012345675",
          List.of(),
          List.of(),
          "DEACTIVATED",
          List.of());

  private static final ParticipantResponse NULLS =
      new ParticipantResponse(
          null,
          null,
          null,
          null,
          Arrays.asList(new IdentifierJson(null, null), null),
          Arrays.asList(new ProviderOptionJson(null, null, false), null),
          null,
          null);

  @Test
  void a_page_is_written_as_json_b_writes_it() throws IOException {
    List<ParticipantResponse> many = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      many.add(i % 3 == 0 ? FULL : i % 3 == 1 ? SPARSE : NULLS);
    }
    many.add(null);
    for (ParticipantPage page :
        List.of(
            new ParticipantPage(List.of(FULL), 0, 50, 1),
            new ParticipantPage(many, 3, 500, 2_000_123),
            new ParticipantPage(List.of(), 7, 50, 0),
            new ParticipantPage(null, -1, Integer.MAX_VALUE, Long.MIN_VALUE))) {
      assertThat(written(page)).isEqualTo(JSONB.toJson(page));
    }
  }

  @Test
  void it_writes_the_registry_s_pages_only() {
    MediaType json = MediaType.APPLICATION_JSON_TYPE;
    assertThat(writer.isWriteable(ParticipantPage.class, null, null, json)).isTrue();
    assertThat(writer.isWriteable(CustomerPage.class, null, null, json)).isFalse();
    assertThat(writer.isWriteable(ParticipantResponse.class, null, null, json)).isFalse();
  }

  private String written(ParticipantPage page) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.writeTo(page, ParticipantPage.class, null, null, null, null, out);
    return out.toString(UTF_8);
  }
}
