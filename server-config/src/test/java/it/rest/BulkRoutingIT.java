package it.rest;

import static it.rest.TestData.EDITOR;
import static it.rest.TestData.VIEWER;
import static it.rest.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** {@code POST /documents} with the largest batch: 10,000 references in one call. */
@MicroShedTest
class BulkRoutingIT {

  private static final int DOCUMENTS = 10_000;

  @Test
  void ten_thousand_references_are_answered_in_one_call_with_the_same_decisions_as_one_by_one() {
    List<String> numbers = new ArrayList<>();
    List<String> customerIds = new ArrayList<>();
    for (int c = 0; c < 5; c++) {
      String number = unique("BULK-");
      numbers.add(number);
      customerIds.add(
          TestData.customer(EDITOR, TestData.participant(unique("Bulk " + c + " ")), number)
              .getString("id"));
    }
    String run = unique("B");
    JsonArrayBuilder documents = Json.createArrayBuilder();
    List<JsonObject> references = new ArrayList<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      JsonObject reference =
          TestData.documentFor(
              run + "-" + i, i % 100 == 99 ? unique("NOBODY-") : numbers.get(i % numbers.size()));
      references.add(reference);
      documents.add(reference);
    }

    long started = System.nanoTime();
    ApiClient.Answer answer =
        Expect.ok(
            EDITOR.post(
                "documents", Json.createObjectBuilder().add("documents", documents).build()),
            200);
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    JsonArray results = answer.json().getJsonArray("results");
    assertThat(results).hasSize(DOCUMENTS);
    for (int i = 0; i < DOCUMENTS; i++) {
      JsonObject decision = results.getJsonObject(i);
      assertThat(decision.getString("documentId")).isEqualTo(run + "-" + i);
      if (i % 100 == 99) {
        assertThat(decision.getString("reason")).as("document %d", i).isEqualTo("NO_MATCH");
      } else {
        assertThat(decision.getString("outcome")).as("document %d", i).isEqualTo("ROUTED");
        assertThat(decision.getString("customerId"))
            .as("document %d", i)
            .isEqualTo(customerIds.get(i % numbers.size()));
      }
    }
    for (int i = 0; i < DOCUMENTS; i += 499) {
      assertThat(results.getJsonObject(i))
          .as("document %d routed alone", i)
          .isEqualTo(VIEWER.post("routing/test", references.get(i)).json());
    }
    System.out.printf("10,000 documents routed in one call in %d ms%n", took.toMillis());

    // The stopped ones are deleted, so that they do not crowd the tenant's stopped documents.
    for (int i = 99; i < DOCUMENTS; i += 100) {
      assertThat(EDITOR.delete("documents/" + run + "-" + i).status()).isEqualTo(204);
    }
  }
}
