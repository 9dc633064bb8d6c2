package it.security;

import static it.security.Http.base;
import static it.security.Http.demo;
import static it.security.Http.get;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * ASVS 5.0 V2.2.1 (input validated against its limits) and V4 (HTTP message structure): a body over
 * its limit answers 413, a string over its limit, a page or a batch too large 422, all as problem
 * details naming the field; the limits are described in the API's OpenAPI document.
 */
class V2_2_1_InputLimitsIT {

  private static HttpResponse<String> post(String path, String body) {
    return Http.send(
        Http.request(base() + "/api/v1/" + path)
            .header("Authorization", demo("demo-editor"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build());
  }

  private static JsonObject problem(HttpResponse<String> answer, int status) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    return Json.createReader(new StringReader(answer.body())).readObject();
  }

  @Test
  void a_customer_number_of_five_megabytes_is_refused_unread_by_the_routing() {
    String number = "7".repeat(5 * 1024 * 1024);
    JsonObject body =
        Json.createObjectBuilder()
            .add("documentId", "LIMITS-1")
            .add("customerNumber", number)
            .build();

    JsonObject problem = problem(post("routing/test", body.toString()), 422);

    assertThat(problem.getString("code")).isEqualTo("INPUT_TOO_LONG");
    assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("customerNumber");
  }

  @Test
  void a_body_over_the_limit_answers_413_with_problem_details() {
    String padding = "x".repeat(900);
    JsonArrayBuilder documents = Json.createArrayBuilder();
    for (int i = 0; i < 12_000; i++) {
      documents.add(
          Json.createObjectBuilder().add("documentId", "BIG-" + i).add("customerNumber", padding));
    }
    String body = Json.createObjectBuilder().add("documents", documents).build().toString();
    assertThat(body.length()).isGreaterThan(10 * 1024 * 1024);

    JsonObject problem = problem(post("documents", body), 413);

    assertThat(problem.getString("code")).isEqualTo("BODY_TOO_LARGE");
    assertThat(problem.getInt("status")).isEqualTo(413);
  }

  @Test
  void every_string_of_a_body_has_a_limit_and_each_one_over_it_is_named() {
    JsonObject body =
        Json.createObjectBuilder()
            .add(
                "documents",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("documentId", "OK-1"))
                    .add(
                        Json.createObjectBuilder()
                            .add("documentId", "OK-2")
                            .add("eAddress", "0007:" + "1".repeat(2_000))))
            .build();

    JsonObject problem = problem(post("documents", body.toString()), 422);

    assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("documents[1].eAddress");
  }

  @Test
  void a_search_pattern_page_size_or_batch_over_its_limit_is_refused() {
    String q = URLEncoder.encode("*" + "a".repeat(1_001) + "*", StandardCharsets.UTF_8);
    assertThat(
            problem(get(base() + "/api/v1/customers?q=" + q, demo("demo-viewer")), 422)
                .getString("code"))
        .isEqualTo("INPUT_TOO_LONG");
    assertThat(
            problem(get(base() + "/api/v1/customers?size=501", demo("demo-viewer")), 422)
                .getString("code"))
        .isEqualTo("INVALID_PAGE");

    JsonArrayBuilder documents = Json.createArrayBuilder();
    for (int i = 0; i < 10_001; i++) {
      documents.add(Json.createObjectBuilder().add("documentId", "N-" + i));
    }
    JsonObject tooMany =
        problem(
            post(
                "documents",
                Json.createObjectBuilder().add("documents", documents).build().toString()),
            422);
    assertThat(tooMany.getString("code")).isEqualTo("INVALID_DOCUMENTS");
    assertThat(tooMany.getString("detail")).contains("10000");
  }

  @Test
  void the_limits_are_described_in_the_openapi_document() {
    String openapi = get(base() + "/openapi", null).body();

    assertThat(openapi).contains("413").contains("10,485,760 bytes").contains("1,000 characters");
  }
}
