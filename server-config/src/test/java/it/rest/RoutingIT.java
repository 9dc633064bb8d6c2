package it.rest;

import static it.rest.TestData.EDITOR;
import static it.rest.TestData.VIEWER;
import static it.rest.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** {@code /routing/test} and {@code /documents}: decisions, stopped documents, resend, delete. */
@MicroShedTest
class RoutingIT {

  static String noMatch(String documentId) {
    return "Recipient of document "
        + documentId
        + " did not match any recipient in the public customer registry or in your customer"
        + " directory. Verify that the recipient is added to your customer directory";
  }

  private static JsonObject batch(JsonObject... documents) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (JsonObject document : documents) {
      array.add(document);
    }
    return Json.createObjectBuilder().add("documents", array).build();
  }

  /** The ids of all the caller's documents with that status, page by page. */
  static List<String> documentIds(ApiClient caller, String status) {
    List<String> ids = new java.util.ArrayList<>();
    for (int page = 0; ; page++) {
      JsonObject answer =
          Expect.ok(caller.get("documents?status=" + status + "&size=500&page=" + page), 200)
              .json();
      answer.getJsonArray("items").forEach(d -> ids.add(d.asJsonObject().getString("documentId")));
      if ((long) (page + 1) * 500 >= answer.getJsonNumber("total").longValue()) {
        return ids;
      }
    }
  }

  /**
   * Routing may answer from what it remembers of earlier look-ups (on PostgreSQL): each change of
   * the directory or the registry must be seen by the very next call all the same.
   */
  @Test
  void every_change_of_what_routing_reads_is_seen_by_the_next_call() {
    TestData.Participant participant = TestData.participant(unique("Changing "));
    String first = unique("CH-");
    String second = unique("CH-");
    assertThat(outcome(first)).isEqualTo("STOPPED");
    assertThat(outcome(first)).as("asked again, still nobody's").isEqualTo("STOPPED");

    JsonObject customer = TestData.customer(EDITOR, participant, first);
    String id = customer.getString("id");
    assertThat(outcome(first)).as("after the add").isEqualTo("ROUTED");

    ApiClient.Answer moved =
        Expect.ok(
            EDITOR.withIfMatch(
                "PUT",
                "customers/" + id + "/customer-numbers",
                Json.createObjectBuilder().add("customerNumbers", second).build(),
                "\"" + customer.getJsonNumber("version").longValue() + "\""),
            200);
    assertThat(outcome(first)).as("the number given up").isEqualTo("STOPPED");
    assertThat(outcome(second)).as("the number taken").isEqualTo("ROUTED");

    ApiClient.Answer deactivated =
        Expect.ok(
            EDITOR.withIfMatch("POST", "customers/" + id + "/deactivate", null, moved.etag()), 200);
    assertThat(reason(second)).as("after deactivating").isEqualTo("CUSTOMER_INACTIVE");
    Expect.ok(
        EDITOR.withIfMatch("POST", "customers/" + id + "/activate", null, deactivated.etag()), 200);
    assertThat(outcome(second)).as("after activating").isEqualTo("ROUTED");

    Expect.ok(
        TestData.ADMIN.post("registry/participants/" + participant.id() + "/deactivate", null),
        200);
    assertThat(reason(second)).as("after the participant left").isEqualTo("RECIPIENT_NON_EXISTING");
  }

  private static String outcome(String number) {
    return decide(number).getString("outcome");
  }

  private static String reason(String number) {
    return decide(number).getString("reason");
  }

  private static JsonObject decide(String number) {
    return Expect.ok(
            VIEWER.post("routing/test", TestData.documentFor(unique("CHANGE-"), number)), 200)
        .json();
  }

  @Test
  void test_routing_by_customer_number_routes_to_the_participant_and_keeps_nothing() {
    TestData.Participant participant = TestData.participant(unique("Routed "));
    String number = unique("R-");
    JsonObject customer = TestData.customer(EDITOR, participant, number);
    String documentId = unique("TEST-");

    JsonObject decision =
        Expect.ok(VIEWER.post("routing/test", TestData.documentFor(documentId, number)), 200)
            .json();

    assertThat(decision.getString("documentId")).isEqualTo(documentId);
    assertThat(decision.getString("outcome")).isEqualTo("ROUTED");
    assertThat(decision.getString("matchedBy")).isEqualTo("CUSTOMER_NUMBER");
    assertThat(decision.getString("customerId")).isEqualTo(customer.getString("id"));
    assertThat(decision.getJsonObject("recipient").getString("participantId"))
        .isEqualTo(participant.id());
    assertThat(decision.getJsonObject("recipient").getString("eAddress"))
        .isEqualTo(participant.eAddress());
    assertThat(decision.getJsonObject("serviceProvider").getString("id"))
        .isEqualTo(customer.getJsonObject("serviceProvider").getString("id"));
    assertThat(decision.isNull("reason")).isTrue();
    assertThat(decision.getJsonArray("warnings")).isEmpty();
    assertThat(decision.getJsonArray("path")).isNotEmpty();

    String stoppedId = unique("TEST-NONE-");
    VIEWER.post("routing/test", TestData.documentFor(stoppedId, unique("NOBODY-")));
    assertThat(documentIds(VIEWER, "STOPPED")).doesNotContain(stoppedId);
  }

  @Test
  void registry_references_route_and_nothing_matching_stops_with_the_exact_message() {
    TestData.Participant participant = TestData.participant(unique("By GLN "));
    String documentId = unique("GLN-");

    JsonObject byGln =
        VIEWER
            .post(
                "routing/test",
                Json.createObjectBuilder()
                    .add("documentId", documentId)
                    .add("gln", participant.gln())
                    .build())
            .json();
    assertThat(byGln.getString("outcome")).isEqualTo("ROUTED");
    assertThat(byGln.getString("matchedBy")).isEqualTo("GLN");

    String unknown = unique("NONE-");
    JsonObject stopped =
        VIEWER.post("routing/test", TestData.documentFor(unknown, unique("NOBODY-"))).json();
    assertThat(stopped.getString("outcome")).isEqualTo("STOPPED");
    assertThat(stopped.getString("reason")).isEqualTo("NO_MATCH");
    assertThat(stopped.getString("message")).isEqualTo(noMatch(unknown));
  }

  @Test
  void a_reference_without_document_id_or_body_is_refused() {
    Expect.problem(
        VIEWER.post("routing/test", Json.createObjectBuilder().add("gln", "1").build()),
        422,
        "INVALID_DOCUMENT");
    Expect.problem(VIEWER.send("POST", "routing/test", "null"), 400, "MALFORMED_REQUEST");
  }

  @Test
  void routing_documents_answers_in_order_and_keeps_the_stopped_ones() {
    String number = unique("D-");
    TestData.customer(EDITOR, TestData.participant(unique("Batch ")), number);
    String routed = unique("DOC-R-");
    String stopped = unique("DOC-S-");

    JsonObject results =
        Expect.ok(
                EDITOR.post(
                    "documents",
                    batch(
                        TestData.documentFor(routed, number),
                        TestData.documentFor(stopped, unique("NOBODY-")))),
                200)
            .json();

    assertThat(results.getJsonArray("results")).hasSize(2);
    assertThat(results.getJsonArray("results").getJsonObject(0).getString("documentId"))
        .isEqualTo(routed);
    assertThat(results.getJsonArray("results").getJsonObject(0).getString("outcome"))
        .isEqualTo("ROUTED");
    assertThat(results.getJsonArray("results").getJsonObject(1).getString("reason"))
        .isEqualTo("NO_MATCH");

    JsonObject kept = null;
    for (int page = 0; kept == null; page++) {
      List<JsonValue> items =
          Expect.ok(VIEWER.get("documents?status=STOPPED&size=500&page=" + page), 200)
              .json()
              .getJsonArray("items");
      if (items.isEmpty()) {
        throw new AssertionError(stopped + " not among the stopped documents");
      }
      kept =
          items.stream()
              .map(JsonValue::asJsonObject)
              .filter(d -> d.getString("documentId").equals(stopped))
              .findFirst()
              .orElse(null);
    }
    assertThat(kept.getString("status")).isEqualTo("STOPPED");
    assertThat(kept.getJsonObject("decision").getString("reason")).isEqualTo("NO_MATCH");
    assertThat(kept.getJsonObject("reference").getString("documentId")).isEqualTo(stopped);
    assertThat(kept.getString("receivedAt")).endsWith("Z");
    assertThat(documentIds(VIEWER, "STOPPED")).doesNotContain(routed);
    Expect.problem(VIEWER.get("documents?status=LOST"), 422, "INVALID_PARAMETER");
  }

  @Test
  void the_batch_gives_the_same_decisions_as_one_by_one_routing() {
    TestData.Participant participant = TestData.participant(unique("Same "));
    String number = unique("SAME-");
    JsonObject customer = TestData.customer(EDITOR, participant, number);
    TestData.Participant other = TestData.participant(unique("Other "));
    JsonObject[] documents = {
      TestData.documentFor(unique("S1-"), number),
      Json.createObjectBuilder()
          .add("documentId", unique("S2-"))
          .add("eAddress", participant.eAddress())
          .build(),
      Json.createObjectBuilder()
          .add("documentId", unique("S3-"))
          .add("customerNumber", number)
          .add("gln", other.gln())
          .build(),
      Json.createObjectBuilder()
          .add("documentId", unique("S4-"))
          .add("vatNumber", other.vatNumber())
          .build(),
      TestData.documentFor(unique("S5-"), unique("NOBODY-"))
    };

    JsonObject results = Expect.ok(EDITOR.post("documents", batch(documents)), 200).json();

    for (int i = 0; i < documents.length; i++) {
      JsonObject alone = VIEWER.post("routing/test", documents[i]).json();
      assertThat(results.getJsonArray("results").getJsonObject(i))
          .as("document %d", i)
          .isEqualTo(alone);
    }
    assertThat(results.getJsonArray("results").getJsonObject(2).getJsonArray("warnings"))
        .as("a lower reference pointing elsewhere warns")
        .isNotEmpty();
    assertThat(results.getJsonArray("results").getJsonObject(0).getString("customerId"))
        .isEqualTo(customer.getString("id"));
  }

  @Test
  void bad_batches_answer_422_naming_each_bad_item() {
    ApiClient.Answer bad =
        EDITOR.post(
            "documents",
            batch(
                TestData.documentFor(unique("OK-"), "A-1"),
                Json.createObjectBuilder().add("customerNumber", "A-1").build(),
                Json.createObjectBuilder().add("documentId", " ").build()));
    Expect.problem(bad, 422, "INVALID_DOCUMENTS");
    assertThat(bad.errorFields())
        .containsExactly("documents[1].documentId", "documents[2].documentId");

    Expect.problem(EDITOR.post("documents", batch()), 422, "INVALID_DOCUMENTS");
    JsonObject tooMany =
        batch(
            IntStream.range(0, 10_001)
                .mapToObj(i -> TestData.documentFor("MANY-" + i, "A-1"))
                .toArray(JsonObject[]::new));
    Expect.problem(EDITOR.post("documents", tooMany), 422, "INVALID_DOCUMENTS");
    Expect.problem(
        VIEWER.post("documents", batch(TestData.documentFor(unique("V-"), "A-1"))),
        403,
        "FORBIDDEN");
  }

  @Test
  void a_document_id_sent_twice_is_decided_twice_and_kept_once_with_its_last_reference() {
    String number = unique("TWICE-");
    TestData.customer(EDITOR, TestData.participant(unique("Twice Routed ")), number);
    String documentId = unique("TWICE-DOC-");

    JsonObject results =
        Expect.ok(
                EDITOR.post(
                    "documents",
                    batch(
                        TestData.documentFor(documentId, unique("NOBODY-")),
                        TestData.documentFor(documentId, number))),
                200)
            .json();

    assertThat(results.getJsonArray("results")).hasSize(2);
    assertThat(results.getJsonArray("results").getJsonObject(0).getString("outcome"))
        .isEqualTo("STOPPED");
    assertThat(results.getJsonArray("results").getJsonObject(1).getString("outcome"))
        .isEqualTo("ROUTED");
    assertThat(documentIds(VIEWER, "STOPPED")).doesNotContain(documentId);
  }

  @Test
  void resending_a_stopped_document_after_the_directory_is_fixed() {
    String number = unique("LATE-");
    String documentId = unique("RESEND-");
    EDITOR.post("documents", batch(TestData.documentFor(documentId, number)));
    Expect.problem(VIEWER.post("documents/" + documentId + "/resend", null), 403, "FORBIDDEN");

    JsonObject stillStopped =
        Expect.ok(EDITOR.post("documents/" + documentId + "/resend", null), 200).json();
    assertThat(stillStopped.getString("reason")).isEqualTo("NO_MATCH");

    TestData.customer(EDITOR, TestData.participant(unique("Late ")), number);
    JsonObject routed = EDITOR.post("documents/" + documentId + "/resend", null).json();
    assertThat(routed.getString("outcome")).isEqualTo("ROUTED");
    assertThat(documentIds(VIEWER, "STOPPED")).doesNotContain(documentId);

    Expect.problem(EDITOR.post("documents/" + documentId + "/resend", null), 409, "NOT_STOPPED");
    Expect.problem(EDITOR.delete("documents/" + documentId), 409, "NOT_STOPPED");
    Expect.problem(EDITOR.post("documents/no-such-doc/resend", null), 404, "DOCUMENT_NOT_FOUND");
  }

  @Test
  void resending_together_by_ids_or_by_customer() {
    String number = unique("TOG-");
    String first = unique("TOG-1-");
    String second = unique("TOG-2-");
    EDITOR.post(
        "documents",
        batch(TestData.documentFor(first, number), TestData.documentFor(second, number)));
    JsonObject customer =
        TestData.customer(EDITOR, TestData.participant(unique("Together ")), number);

    List<String> offered =
        Expect.ok(VIEWER.get("customers/" + customer.getString("id") + "/stopped-documents"), 200)
            .array()
            .stream()
            .map(d -> d.asJsonObject().getString("documentId"))
            .toList();
    assertThat(offered).containsExactlyInAnyOrder(first, second);

    JsonObject byCustomer =
        Expect.ok(
                EDITOR.post(
                    "documents/resend",
                    Json.createObjectBuilder().add("customerId", customer.getString("id")).build()),
                200)
            .json();
    assertThat(byCustomer.getJsonArray("results")).hasSize(2);
    assertThat(byCustomer.getJsonArray("results").getJsonObject(0).getString("outcome"))
        .isEqualTo("ROUTED");

    String third = unique("TOG-3-");
    EDITOR.post("documents", batch(TestData.documentFor(third, unique("NOBODY-"))));
    JsonObject byIds =
        Expect.ok(
                EDITOR.post(
                    "documents/resend",
                    Json.createObjectBuilder()
                        .add("documentIds", Json.createArrayBuilder().add(third))
                        .build()),
                200)
            .json();
    assertThat(byIds.getJsonArray("results").getJsonObject(0).getString("documentId"))
        .isEqualTo(third);

    Expect.problem(
        EDITOR.post("documents/resend", Json.createObjectBuilder().build()), 422, "INVALID_RESEND");
    Expect.problem(
        EDITOR.post(
            "documents/resend",
            Json.createObjectBuilder()
                .add("documentIds", Json.createArrayBuilder().add(third).add("no-such-doc"))
                .build()),
        404,
        "DOCUMENT_NOT_FOUND");
    Expect.problem(
        EDITOR.post(
            "documents/resend",
            Json.createObjectBuilder().add("customerId", "no-such-customer").build()),
        404,
        "CUSTOMER_NOT_FOUND");
  }

  @Test
  void deleting_a_stopped_document() {
    String documentId = unique("DEL-");
    EDITOR.post("documents", batch(TestData.documentFor(documentId, unique("NOBODY-"))));

    Expect.problem(VIEWER.delete("documents/" + documentId), 403, "FORBIDDEN");
    ApiClient.Answer deleted = EDITOR.delete("documents/" + documentId);
    assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
    assertThat(documentIds(VIEWER, "STOPPED")).doesNotContain(documentId);
    Expect.problem(EDITOR.delete("documents/" + documentId), 404, "DOCUMENT_NOT_FOUND");
  }
}
