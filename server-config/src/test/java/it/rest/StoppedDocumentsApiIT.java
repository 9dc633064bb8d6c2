package it.rest;

import static it.rest.TestData.EDITOR;
import static it.rest.TestData.OTHER_EDITOR;
import static it.rest.TestData.VIEWER;
import static it.rest.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The stopped documents worked from one place (API.md, "Additions of the second stage", Documents):
 * filters, counts per reason, newest first, resend and delete by ids or by filter, the cap of a
 * resend, the roles and the tenants.
 */
@MicroShedTest
class StoppedDocumentsApiIT {

  private static void route(ApiClient caller, JsonObject... documents) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (JsonObject document : documents) {
      array.add(document);
    }
    Expect.ok(
        caller.post("documents", Json.createObjectBuilder().add("documents", array).build()), 200);
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static JsonObject list(ApiClient caller, String query) {
    return Expect.ok(caller.get("documents?" + query), 200).json();
  }

  private static List<String> ids(JsonObject page) {
    return page.getJsonArray("items").stream()
        .map(item -> item.asJsonObject().getString("documentId"))
        .toList();
  }

  private static JsonObject filterBody(String member, JsonObject filter) {
    return Json.createObjectBuilder().add(member, filter).build();
  }

  private static JsonObject byIds(String... ids) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (String id : ids) {
      array.add(id);
    }
    return Json.createObjectBuilder().add("documentIds", array).build();
  }

  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void stopped_documents_are_listed_newest_first_with_their_references_filters_and_counts() {
    String token = unique("SD");
    String number = unique("SD-N-");
    String first = token + "-1";
    String second = token + "-2";
    String third = token + "-3";
    route(EDITOR, TestData.documentFor(first, number));
    pause();
    route(
        EDITOR,
        Json.createObjectBuilder()
            .add("documentId", second)
            .add("customerNumber", number)
            .add("gln", "7350000000009")
            .build());
    pause();
    route(EDITOR, TestData.documentFor(third, unique("SD-O-")));
    String q = "q=" + encoded("*" + token + "*");

    JsonObject newest = list(VIEWER, "status=STOPPED&" + q);
    assertThat(ids(newest)).containsExactly(third, second, first);
    assertThat(newest.getJsonNumber("total").longValue()).isEqualTo(3);
    JsonObject counts = newest.getJsonObject("counts");
    assertThat(counts.getInt("NO_MATCH")).isEqualTo(3);
    assertThat(counts.getInt("CUSTOMER_INACTIVE")).isZero();
    assertThat(counts.getInt("RECIPIENT_NON_EXISTING")).isZero();
    assertThat(counts.getInt("AMBIGUOUS_RECIPIENT")).isZero();
    JsonObject sent = newest.getJsonArray("items").getJsonObject(1);
    assertThat(sent.getJsonObject("reference").getString("customerNumber")).isEqualTo(number);
    assertThat(sent.getJsonObject("reference").getString("gln")).isEqualTo("7350000000009");
    assertThat(sent.getJsonObject("decision").getString("reason")).isEqualTo("NO_MATCH");

    assertThat(ids(list(VIEWER, q + "&sort=receivedAt"))).containsExactly(first, second, third);
    assertThat(ids(list(VIEWER, q + "&sort=documentId"))).containsExactly(first, second, third);
    assertThat(ids(list(VIEWER, q + "&sort=-receivedAt&size=1&page=1"))).containsExactly(second);
    assertThat(ids(list(VIEWER, "customerNumber=" + encoded(number))))
        .containsExactly(second, first);
    assertThat(ids(list(VIEWER, "status=STOPPED&q=" + encoded(number))))
        .containsExactly(second, first);
    assertThat(ids(list(VIEWER, q + "&reason=NO_MATCH"))).hasSize(3);
    JsonObject inactive = list(VIEWER, q + "&reason=customer_inactive");
    assertThat(ids(inactive)).isEmpty();
    assertThat(inactive.getJsonObject("counts").getInt("NO_MATCH")).isZero();

    String secondAt = newest.getJsonArray("items").getJsonObject(1).getString("receivedAt");
    assertThat(ids(list(VIEWER, q + "&receivedFrom=" + encoded(secondAt))))
        .containsExactly(third, second);
    assertThat(ids(list(VIEWER, q + "&receivedTo=" + encoded(secondAt)))).containsExactly(first);
    String today = Instant.parse(secondAt).toString().substring(0, 10);
    assertThat(ids(list(VIEWER, q + "&receivedFrom=" + today + "&receivedTo=" + today))).hasSize(3);
    assertThat(ids(list(VIEWER, q + "&receivedTo=2000-01-01"))).isEmpty();
  }

  @Test
  void a_short_pattern_and_a_lone_wildcard_are_filters_too() {
    String token = unique("SW");
    route(EDITOR, TestData.documentFor(token, unique("SW-N-")));

    long all = list(VIEWER, "size=1").getJsonNumber("total").longValue();
    assertThat(list(VIEWER, "q=*&size=1").getJsonNumber("total").longValue()).isEqualTo(all);
    String tail = token.substring(token.length() - 2);
    assertThat(ids(list(VIEWER, "q=" + encoded("*" + tail) + "&size=500"))).contains(token);
  }

  @Test
  void bad_filters_answer_422_naming_the_parameter() {
    assertThat(
            Expect.problem(VIEWER.get("documents?reason=LOST"), 422, "INVALID_PARAMETER")
                .toString())
        .contains("\"reason\"");
    assertThat(
            Expect.problem(VIEWER.get("documents?receivedFrom=yesterday"), 422, "INVALID_PARAMETER")
                .toString())
        .contains("\"receivedFrom\"");
    assertThat(
            Expect.problem(VIEWER.get("documents?sort=name"), 422, "INVALID_PARAMETER").toString())
        .contains("\"sort\"");
    assertThat(
            Expect.problem(
                    EDITOR.post(
                        "documents/resend",
                        filterBody(
                            "filter",
                            Json.createObjectBuilder().add("receivedTo", "2026-13-45").build())),
                    422,
                    "INVALID_PARAMETER")
                .toString())
        .contains("\"filter.receivedTo\"");
    Expect.problem(
        EDITOR.post(
            "documents/resend",
            Json.createObjectBuilder()
                .add("documentIds", Json.createArrayBuilder().add("X"))
                .add("filter", JsonValue.EMPTY_JSON_OBJECT)
                .build()),
        422,
        "INVALID_RESEND");
    Expect.problem(
        EDITOR.post("documents/delete", JsonValue.EMPTY_JSON_OBJECT), 422, "INVALID_DELETE");
    Expect.problem(
        EDITOR.post(
            "documents/delete",
            Json.createObjectBuilder().add("documentIds", Json.createArrayBuilder()).build()),
        422,
        "INVALID_DELETE");
  }

  @Test
  void after_the_fix_everything_a_filter_matches_is_resent_together() {
    String number = unique("FX-");
    String token = unique("FX");
    route(
        EDITOR,
        TestData.documentFor(token + "-1", number),
        TestData.documentFor(token + "-2", number),
        TestData.documentFor(token + "-3", unique("FX-OTHER-")));
    TestData.customer(EDITOR, TestData.participant(unique("Fixed ")), number);

    JsonObject answer =
        Expect.ok(
                EDITOR.post(
                    "documents/resend",
                    filterBody(
                        "filter",
                        Json.createObjectBuilder()
                            .add("status", "STOPPED")
                            .add("customerNumber", number)
                            .build())),
                200)
            .json();

    assertThat(
            answer.getJsonArray("results").stream().map(r -> r.asJsonObject().getString("outcome")))
        .containsExactly("ROUTED", "ROUTED");
    assertThat(ids(list(VIEWER, "status=STOPPED&q=" + encoded(token + "*"))))
        .containsExactly(token + "-3");
    assertThat(ids(list(VIEWER, "status=ROUTED&customerNumber=" + encoded(number))))
        .containsExactlyInAnyOrder(token + "-1", token + "-2");
  }

  @Test
  void stopped_documents_are_deleted_by_ids_all_or_none_and_by_filter_routed_ones_stay() {
    String number = unique("DL-");
    String token = unique("DL");
    route(
        EDITOR,
        TestData.documentFor(token + "-1", number),
        TestData.documentFor(token + "-2", number),
        TestData.documentFor(token + "-3", number),
        TestData.documentFor(token + "-4", unique("DL-OTHER-")));
    String routedNumber = unique("DL-R-");
    TestData.customer(EDITOR, TestData.participant(unique("Deleted ")), routedNumber);
    route(EDITOR, TestData.documentFor(token + "-R", routedNumber));

    Expect.problem(
        EDITOR.post("documents/delete", byIds(token + "-1", token + "-R")), 409, "NOT_STOPPED");
    Expect.problem(
        EDITOR.post("documents/delete", byIds(token + "-1", token + "-none")),
        404,
        "DOCUMENT_NOT_FOUND");
    assertThat(ids(list(VIEWER, "q=" + encoded(token + "*")))).hasSize(5);

    assertThat(
            Expect.ok(EDITOR.post("documents/delete", byIds(token + "-1", token + "-2")), 200)
                .json()
                .getInt("deleted"))
        .isEqualTo(2);
    assertThat(
            Expect.ok(
                    EDITOR.post(
                        "documents/delete",
                        filterBody(
                            "filter", Json.createObjectBuilder().add("q", token + "*").build())),
                    200)
                .json()
                .getInt("deleted"))
        .isEqualTo(2);
    assertThat(ids(list(VIEWER, "q=" + encoded(token + "*")))).containsExactly(token + "-R");
  }

  @Test
  void more_than_ten_thousand_matching_stopped_documents_are_not_resent_in_one_call() {
    String number = unique("CAP-");
    String token = unique("CAP");
    JsonArrayBuilder batch = Json.createArrayBuilder();
    for (int i = 0; i < 10_000; i++) {
      batch.add(TestData.documentFor(token + "-" + i, number));
    }
    Expect.ok(
        EDITOR.post("documents", Json.createObjectBuilder().add("documents", batch).build()), 200);
    route(EDITOR, TestData.documentFor(token + "-last", number));
    JsonObject filter =
        filterBody("filter", Json.createObjectBuilder().add("customerNumber", number).build());

    JsonObject refused =
        Expect.problem(EDITOR.post("documents/resend", filter), 422, "RESEND_TOO_MANY");
    assertThat(refused.toString()).containsPattern("10,?001").contains("\"filter\"");
    JsonArrayBuilder tooMany = Json.createArrayBuilder();
    for (int i = 0; i <= 10_000; i++) {
      tooMany.add(token + "-" + i);
    }
    Expect.problem(
        EDITOR.post(
            "documents/resend", Json.createObjectBuilder().add("documentIds", tooMany).build()),
        422,
        "INVALID_RESEND");
    assertThat(
            list(VIEWER, "customerNumber=" + encoded(number) + "&size=1")
                .getJsonNumber("total")
                .longValue())
        .isEqualTo(10_001);

    assertThat(Expect.ok(EDITOR.post("documents/delete", filter), 200).json().getInt("deleted"))
        .isEqualTo(10_001);
    assertThat(list(VIEWER, "customerNumber=" + encoded(number)).getJsonNumber("total").longValue())
        .isZero();
  }

  @Test
  void a_viewer_lists_and_counts_but_neither_resends_nor_deletes() {
    String token = unique("VW");
    route(EDITOR, TestData.documentFor(token, unique("VW-N-")));
    JsonObject filter = filterBody("filter", Json.createObjectBuilder().add("q", token).build());

    assertThat(ids(list(VIEWER, "q=" + token))).containsExactly(token);
    Expect.problem(VIEWER.post("documents/resend", filter), 403, "FORBIDDEN");
    Expect.problem(VIEWER.post("documents/delete", filter), 403, "FORBIDDEN");
    Expect.problem(VIEWER.post("documents/delete", byIds(token)), 403, "FORBIDDEN");
    assertThat(ids(list(VIEWER, "q=" + token))).containsExactly(token);
  }

  @Test
  void another_tenants_stopped_documents_are_neither_seen_nor_resent_nor_deleted() {
    String token = unique("OT");
    route(EDITOR, TestData.documentFor(token, unique("OT-N-")));
    JsonObject filter = filterBody("filter", Json.createObjectBuilder().add("q", token).build());

    JsonObject seen = list(OTHER_EDITOR, "q=" + token);
    assertThat(seen.getJsonNumber("total").longValue()).isZero();
    assertThat(seen.getJsonObject("counts").getInt("NO_MATCH")).isZero();
    Expect.problem(OTHER_EDITOR.post("documents/delete", byIds(token)), 404, "DOCUMENT_NOT_FOUND");
    Expect.problem(OTHER_EDITOR.post("documents/resend", byIds(token)), 404, "DOCUMENT_NOT_FOUND");
    assertThat(
            Expect.ok(OTHER_EDITOR.post("documents/delete", filter), 200).json().getInt("deleted"))
        .isZero();
    assertThat(
            Expect.ok(OTHER_EDITOR.post("documents/resend", filter), 200)
                .json()
                .getJsonArray("results"))
        .isEmpty();
    assertThat(ids(list(VIEWER, "q=" + token))).containsExactly(token);
  }
}
