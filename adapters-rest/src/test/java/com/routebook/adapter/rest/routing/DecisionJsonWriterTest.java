package com.routebook.adapter.rest.routing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.adapter.rest.common.DecisionResponse;
import com.routebook.adapter.rest.common.DecisionResponse.RecipientJson;
import com.routebook.adapter.rest.common.DocumentReferenceJson;
import com.routebook.adapter.rest.common.ServiceProviderJson;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The streaming writer of decisions writes byte for byte what JSON-B writes with the API's
 * configuration ({@code JsonbConfiguration}: null members written), for every shape of decision.
 */
class DecisionJsonWriterTest {

  private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

  private final DecisionJsonWriter writer = new DecisionJsonWriter();

  private static final DecisionResponse ROUTED =
      new DecisionResponse(
          "INV-1",
          "ROUTED",
          null,
          null,
          new RecipientJson("p-1", "Åkesson & \"Söner\" AB", "0007:5560360793", List.of()),
          new ServiceProviderJson("sp-1", "Access\tOperator"),
          "CUSTOMER_NUMBER",
          "c-1",
          List.of("a lower reference points elsewhere: \\ / \u0001 \u2028 😀"),
          List.of("customer number A-1 matched", "routed to Acme"));

  private static final DecisionResponse STOPPED =
      new DecisionResponse(
          "INV-2\n",
          "STOPPED",
          "NO_MATCH",
          "Document INV-2 stopped: no match",
          null,
          null,
          null,
          null,
          List.of(),
          List.of("nothing matched"));

  private static final DecisionResponse NULLS =
      new DecisionResponse(
          null,
          null,
          null,
          null,
          new RecipientJson(null, null, null, null),
          new ServiceProviderJson(null, null),
          null,
          null,
          null,
          Arrays.asList("one", null));

  @Test
  void one_decision_is_written_as_json_b_writes_it() throws IOException {
    for (DecisionResponse decision : List.of(ROUTED, STOPPED, NULLS)) {
      assertThat(written(decision)).isEqualTo(JSONB.toJson(decision));
    }
  }

  @Test
  void a_text_longer_than_the_writer_s_buffer_is_written_as_json_b_writes_it() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      text.append(i % 7 == 0 ? "\"q\"\t" : "step ").append(i).append(i % 11 == 0 ? "\u0002" : "é");
    }
    DecisionResponse decision =
        new DecisionResponse(
            "INV-LONG",
            "ROUTED",
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(),
            List.of(text.toString()));
    assertThat(written(decision)).isEqualTo(JSONB.toJson(decision));
  }

  @Test
  void a_surrogate_without_its_pair_is_written_as_json_b_writes_it_to_a_stream()
      throws IOException {
    DecisionResponse decision =
        new DecisionResponse(
            "INV-\ud800",
            "ROUTED",
            null,
            "lone \udc00 low, high at the end \ud83d",
            null,
            null,
            null,
            null,
            List.of("pair \ud83d\ude00 then \ud83d alone"),
            List.of());
    ByteArrayOutputStream jsonb = new ByteArrayOutputStream();
    JSONB.toJson(decision, jsonb);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.writeTo(decision, DecisionResponse.class, null, null, null, null, out);
    assertThat(out.toByteArray()).isEqualTo(jsonb.toByteArray());
    assertThat(out.toString(UTF_8)).contains("INV-?").contains("pair \ud83d\ude00 then ? alone");
  }

  @Test
  void a_list_of_decisions_is_written_as_json_b_writes_it() throws IOException {
    List<DecisionResponse> many = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      many.add(i % 3 == 0 ? ROUTED : i % 3 == 1 ? STOPPED : NULLS);
    }
    many.add(null);
    for (DecisionsResponse decisions :
        List.of(
            new DecisionsResponse(many),
            new DecisionsResponse(List.of()),
            new DecisionsResponse(null))) {
      assertThat(written(decisions)).isEqualTo(JSONB.toJson(decisions));
    }
  }

  @Test
  void it_writes_decisions_only() {
    MediaType json = MediaType.APPLICATION_JSON_TYPE;
    assertThat(writer.isWriteable(DecisionResponse.class, null, null, json)).isTrue();
    assertThat(writer.isWriteable(DecisionsResponse.class, null, null, json)).isTrue();
    assertThat(writer.isWriteable(DocumentReferenceJson.class, null, null, json)).isFalse();
    assertThat(writer.isWriteable(Object.class, null, null, json)).isFalse();
  }

  private String written(Object value) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.writeTo(value, value.getClass(), null, null, null, null, out);
    return out.toString(UTF_8);
  }
}
