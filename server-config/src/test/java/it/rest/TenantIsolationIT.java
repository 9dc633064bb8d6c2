package it.rest;

import static it.rest.TestData.EDITOR;
import static it.rest.TestData.OTHER_EDITOR;
import static it.rest.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Two tenants: the Other tenant's editor walks every operation of the served OpenAPI document with
 * the Demo tenant's ids and sees 404 (or 403 for what its role does not allow), never Demo's data;
 * Demo's data is unchanged afterwards.
 */
@MicroShedTest
class TenantIsolationIT {

  @Test
  void every_operation_with_another_tenants_ids_answers_404_or_403_and_never_its_data() {
    // Demo's data: a customer, a stopped document and an API key.
    TestData.Participant participant = TestData.participant(unique("Isolated "));
    String number = unique("ISO-");
    JsonObject customer = TestData.customer(EDITOR, participant, number);
    String customerId = customer.getString("id");
    String etag = EDITOR.get("customers/" + customerId).etag();
    String documentId = unique("ISO-DOC-");
    Expect.ok(
        EDITOR.post(
            "documents",
            Json.createObjectBuilder()
                .add(
                    "documents",
                    Json.createArrayBuilder()
                        .add(TestData.documentFor(documentId, unique("NOBODY-"))))
                .build()),
        200);
    JsonObject key =
        Expect.ok(
                EDITOR.post(
                    "api-keys", Json.createObjectBuilder().add("name", "isolation").build()),
                201)
            .json();
    String keyId = key.getString("id");
    // an alert of Demo's: a participant its directory holds is deactivated
    TestData.Participant alerted = TestData.participant(unique("Isolated Alert "));
    String alertedCustomer = TestData.customer(EDITOR, alerted, unique("ISO-AL-")).getString("id");
    Expect.ok(
        TestData.ADMIN.post("registry/participants/" + alerted.id() + "/deactivate", null), 200);
    String alertId =
        Expect.ok(EDITOR.get("alerts?size=500"), 200)
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(a -> a.getString("customerId").equals(alertedCustomer))
            .findFirst()
            .orElseThrow()
            .getString("id");
    List<String> secrets =
        List.of(customerId, number, documentId, keyId, key.getString("secret"), alertedCustomer);

    Map<String, JsonValue> paths = OperationsIT.pathItems();
    List<String> walked = new ArrayList<>();
    for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
      if (!path.getKey().startsWith("/api/v1/")) {
        continue;
      }
      for (String method : path.getValue().asJsonObject().keySet()) {
        if (!List.of("get", "put", "post", "delete").contains(method)) {
          continue;
        }
        String operation = method.toUpperCase() + " " + path.getKey();
        String concrete =
            path.getKey()
                .replace(
                    "/api/v1/customers/imports/{id}", "/api/v1/customers/imports/no-such-import")
                .replace("/api/v1/customers/{id}", "/api/v1/customers/" + customerId)
                .replace("/api/v1/documents/{id}", "/api/v1/documents/" + documentId)
                .replace("/api/v1/api-keys/{id}", "/api/v1/api-keys/" + keyId)
                .replace("/api/v1/alerts/{id}", "/api/v1/alerts/" + alertId)
                .replace(
                    "/api/v1/registry/participants/{id}",
                    "/api/v1/registry/participants/" + participant.id())
                .replace("/api/v1/admin/tenants/{id}", "/api/v1/admin/tenants/no-such-tenant")
                .replace("{username}", "demo-editor");
        assertThat(concrete).as(operation).doesNotContain("{");
        for (JsonObject body : bodiesFor(operation, customerId, documentId, participant)) {
          ApiClient.Answer answer =
              OTHER_EDITOR.send(
                  method.toUpperCase(),
                  concrete,
                  method.equals("get") || method.equals("delete") ? null : body.toString(),
                  "If-Match",
                  etag);
          String sent = concrete + " " + body;
          check(
              operation,
              body,
              answer,
              // a problem may name the id the caller sent; it must name nothing else of Demo's
              secrets.stream().filter(secret -> !sent.contains(secret)).toList());
        }
        walked.add(operation);
      }
    }

    assertThat(walked).hasSizeGreaterThanOrEqualTo(OperationsIT.API.length);
    // Demo's data is as it was.
    assertThat(EDITOR.get("customers/" + customerId).etag()).isEqualTo(etag);
    assertThat(RoutingIT.documentIds(EDITOR, "STOPPED")).contains(documentId);
    Expect.ok(ApiClient.withApiKey(key.getString("secret")).get("customers"), 200);
    // Other's routing does not reach Demo's customer number.
    JsonObject decision =
        OTHER_EDITOR.post("routing/test", TestData.documentFor(unique("X-"), number)).json();
    assertThat(decision.getString("reason")).isEqualTo("NO_MATCH");
    // clean up
    assertThat(EDITOR.delete("api-keys/" + keyId).status()).isEqualTo(204);
    assertThat(EDITOR.delete("documents/" + documentId).status()).isEqualTo(204);
    assertThat(
            Expect.ok(EDITOR.get("alerts?size=500"), 200)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .anyMatch(a -> a.getString("id").equals(alertId)))
        .as("Demo's alert is still open")
        .isTrue();
  }

  /**
   * The bodies sent to an operation; POST /documents/resend is tried every way, POST
   * /documents/delete by ids and by a filter that would match Demo's document.
   */
  private static List<JsonObject> bodiesFor(
      String operation, String customerId, String documentId, TestData.Participant participant) {
    JsonObject byIds =
        Json.createObjectBuilder()
            .add("documentIds", Json.createArrayBuilder().add(documentId))
            .build();
    JsonObject byFilter =
        Json.createObjectBuilder()
            .add("filter", Json.createObjectBuilder().add("q", documentId))
            .build();
    if (operation.equals("POST /api/v1/documents/resend")) {
      return List.of(
          byIds, Json.createObjectBuilder().add("customerId", customerId).build(), byFilter);
    }
    if (operation.equals("POST /api/v1/documents/delete")) {
      return List.of(byIds, byFilter);
    }
    return List.of(
        Json.createObjectBuilder()
            .add("customerNumbers", Json.createArrayBuilder().add(unique("OTHER-")))
            .add(
                "serviceProviderId",
                participant
                    .json()
                    .getJsonArray("serviceProviders")
                    .getJsonObject(0)
                    .getString("id"))
            .add("directoryMode", "OPEN")
            .add("name", unique("Other "))
            .add("documentId", unique("OTHER-DOC-"))
            .add(
                "documents",
                Json.createArrayBuilder()
                    .add(TestData.documentFor(unique("OTHER-DOC-"), unique("OTHER-"))))
            .add("username", unique("other-").toLowerCase())
            .add("password", "a-long-test-password-5")
            .add("role", "VIEWER")
            .build());
  }

  private static void check(
      String operation, JsonObject body, ApiClient.Answer answer, List<String> secrets) {
    Expect.noInternals(answer);
    assertThat(answer.status()).as(answer.toString()).isLessThan(500);
    for (String secret : secrets) {
      assertThat(answer.body()).as(answer.toString()).doesNotContain(secret);
    }
    boolean tenantsOwn =
        operation.matches("\\w+ /api/v1/(customers|documents|api-keys|alerts)/\\{id}.*");
    boolean administration =
        operation.startsWith("PUT /api/v1/registry")
            || operation.startsWith("POST /api/v1/registry")
            || operation.contains("/api/v1/admin/");
    boolean manyDocuments =
        operation.equals("POST /api/v1/documents/resend")
            || operation.equals("POST /api/v1/documents/delete");
    if (manyDocuments && body.containsKey("filter")) {
      // a filter reads the caller's own documents only: none of Demo's is resent or deleted
      assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
      JsonObject answered = answer.json();
      if (answered.containsKey("deleted")) {
        assertThat(answered.getInt("deleted")).as(answer.toString()).isZero();
      } else {
        assertThat(answered.getJsonArray("results")).as(answer.toString()).isEmpty();
      }
    } else if (tenantsOwn || manyDocuments) {
      assertThat(answer.status()).as(answer.toString()).isIn(403, 404);
      if (answer.status() == 404) {
        assertThat(answer.contentType()).startsWith("application/problem+json");
      }
    } else if (administration) {
      Expect.problem(answer, 403, "FORBIDDEN");
    }
    if (answer.status() == 201 && operation.equals("POST /api/v1/api-keys")) {
      OTHER_EDITOR.delete("api-keys/" + answer.json().getString("id"));
    }
  }
}
