package it.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** {@code /openapi} describes every endpoint of API.md; {@code /openapi/ui}, health, metrics. */
@MicroShedTest
class OperationsIT {

  /** Every operation of API.md, as {@code METHOD path}. */
  static final String[] API =
      """
      GET /api/v1/customers
      POST /api/v1/customers
      GET /api/v1/customers/{id}
      PUT /api/v1/customers/{id}/customer-numbers
      PUT /api/v1/customers/{id}/service-provider
      POST /api/v1/customers/{id}/deactivate
      POST /api/v1/customers/{id}/activate
      DELETE /api/v1/customers/{id}
      GET /api/v1/customers/{id}/history
      GET /api/v1/registry/participants
      GET /api/v1/registry/participants/{id}
      POST /api/v1/registry/participants
      PUT /api/v1/registry/participants/{id}
      POST /api/v1/registry/participants/{id}/deactivate
      POST /api/v1/registry/participants/{id}/activate
      GET /api/v1/registry/service-providers
      POST /api/v1/registry/service-providers
      POST /api/v1/routing/test
      POST /api/v1/documents
      GET /api/v1/documents
      POST /api/v1/documents/{id}/resend
      POST /api/v1/documents/resend
      DELETE /api/v1/documents/{id}
      POST /api/v1/documents/delete
      GET /api/v1/settings
      PUT /api/v1/settings
      GET /api/v1/admin/tenants
      POST /api/v1/admin/tenants
      POST /api/v1/admin/tenants/{id}/users
      GET /api/v1/admin/security-events
      GET /api/v1/api-keys
      POST /api/v1/api-keys
      DELETE /api/v1/api-keys/{id}
      PUT /api/v1/customers/{id}/participant
      GET /api/v1/alerts
      POST /api/v1/alerts/{id}/dismiss
      """
          .strip()
          .split("\n");

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(java.time.Duration.ofSeconds(10))
          .build();

  static JsonObject openApi() {
    ApiClient.Answer answer =
        ApiClient.anonymous()
            .send("GET", "/openapi?format=JSON", null, "Accept", "application/json");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json();
  }

  @Test
  void the_served_document_describes_every_endpoint_with_its_schemas_and_errors() {
    JsonObject document = openApi();
    JsonObject paths = document.getJsonObject("paths");

    for (String line : API) {
      String method = line.substring(0, line.indexOf(' ')).toLowerCase();
      String path = line.substring(line.indexOf(' ') + 1);
      assertThat(paths.containsKey(path)).as("path %s", path).isTrue();
      JsonObject operation = paths.getJsonObject(path).getJsonObject(method);
      assertThat(operation).as(line).isNotNull();
      assertThat(operation.getString("summary", "")).as("summary of %s", line).isNotBlank();
      JsonObject responses = operation.getJsonObject("responses");
      boolean describedSuccess =
          responses.entrySet().stream()
              .anyMatch(
                  r ->
                      r.getKey().startsWith("2")
                          && (r.getKey().equals("204")
                              || r.getValue().asJsonObject().containsKey("content")));
      assertThat(describedSuccess).as("success answer of %s", line).isTrue();
      for (String status : new String[] {"401", "403", "500"}) {
        assertThat(problemSchema(responses, status)).as("%s of %s", status, line).isTrue();
      }
      if (path.contains("{id}")) {
        assertThat(problemSchema(responses, "404")).as("404 of %s", line).isTrue();
      }
      if (operation.containsKey("requestBody")) {
        assertThat(problemSchema(responses, "400")).as("400 of %s", line).isTrue();
      }
      if (path.startsWith("/api/v1/customers/{id}") && !method.equals("get")) {
        assertThat(problemSchema(responses, "412")).as("412 of %s", line).isTrue();
        assertThat(problemSchema(responses, "428")).as("428 of %s", line).isTrue();
      }
    }
    JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
    assertThat(schemas.keySet())
        .contains("Problem", "Customer", "CustomerSummary", "Participant", "Decision", "Settings");
    assertThat(schemas.getJsonObject("Problem").getJsonObject("properties").keySet())
        .contains("type", "title", "status", "detail", "code", "errors");
    JsonObject security = document.getJsonObject("components").getJsonObject("securitySchemes");
    assertThat(security.getJsonObject("basicAuth").getString("scheme")).isEqualTo("basic");
    assertThat(security.getJsonObject("apiKey").getString("scheme")).isEqualTo("bearer");
  }

  /** The names of an operation's parameters, e.g. of {@code get /api/v1/customers}. */
  private static java.util.List<String> parameters(JsonObject paths, String path, String method) {
    return paths
        .getJsonObject(path)
        .getJsonObject(method)
        .getJsonArray("parameters")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(parameter -> parameter.getString("name"))
        .toList();
  }

  @Test
  void the_lists_and_the_export_describe_their_shared_parameters() {
    JsonObject paths = openApi().getJsonObject("paths");
    assertThat(parameters(paths, "/api/v1/customers", "get"))
        .contains("q", "caseSensitive", "state", "sort", "Accept-Language", "page", "size");
    assertThat(parameters(paths, "/api/v1/customers/export", "get"))
        .contains("q", "caseSensitive", "state", "sort", "Accept-Language", "format")
        .doesNotContain("page", "size");
    for (String list : new String[] {"/api/v1/alerts", "/api/v1/documents"}) {
      assertThat(parameters(paths, list, "get")).as(list).contains("page", "size");
    }
  }

  private static boolean problemSchema(JsonObject responses, String status) {
    if (!responses.containsKey(status)) {
      return false;
    }
    JsonObject content = responses.getJsonObject(status).getJsonObject("content");
    return content != null
        && content.containsKey("application/problem+json")
        && content
            .getJsonObject("application/problem+json")
            .getJsonObject("schema")
            .toString()
            .contains("Problem");
  }

  @Test
  void the_openapi_ui_is_served() throws Exception {
    HttpResponse<String> ui =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(ApiClient.serverUrl() + "/openapi/ui/"))
                .timeout(java.time.Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(ui.statusCode()).isEqualTo(200);
    assertThat(ui.body()).containsIgnoringCase("<html").containsIgnoringCase("swagger");
  }

  @Test
  void health_and_metrics_answer_without_credentials() {
    for (String probe : new String[] {"/health/ready", "/health/live", "/health"}) {
      ApiClient.Answer answer = ApiClient.anonymous().get(probe);
      assertThat(answer.status()).as(probe).isEqualTo(200);
      assertThat(answer.json().getString("status")).as(probe).isEqualTo("UP");
      assertThat(answer.json().getJsonArray("checks")).as(probe).isNotNull();
    }
    ApiClient.Answer metrics =
        ApiClient.anonymous().send("GET", "/metrics", null, "Accept", "text/plain");
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body()).contains("# TYPE").contains("jvm");
  }

  /** The operations of the served document, as {@code METHOD path}, for the isolation walk. */
  static Map<String, JsonValue> pathItems() {
    return openApi().getJsonObject("paths");
  }
}
