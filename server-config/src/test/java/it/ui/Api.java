package it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import it.DirectoryCareFixture;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Prepares what a screen test needs through the REST API, so every test stands alone: fresh
 * participants in the public registry (network administrator) and documents to route (editor).
 */
final class Api {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private Api() {}

  /** A participant just registered: its id, name and E-address. */
  record Participant(String id, String name, String eAddress) {}

  /** Registers a Swedish participant with a fresh organization number and the providers. */
  static Participant registerParticipant(String name, int providers) {
    return registerParticipant(name, providerIds(providers));
  }

  /** Registers a Swedish participant with a fresh organization number and those providers. */
  static Participant registerParticipant(String name, List<String> providerIds) {
    String number = swedishOrganizationNumber();
    var body =
        Json.createObjectBuilder()
            .add("name", name)
            .add("country", "SE")
            .add("eAddress", "0007:" + number)
            .add(
                "identifiers",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("scheme", "ORGANIZATION_NUMBER")
                            .add("value", number)))
            .add("serviceProviders", serviceProviders(providerIds))
            .build();
    JsonObject created =
        send("network-admin", "POST", "/registry/participants", body.toString(), 201);
    return new Participant(created.getString("id"), name, "0007:" + number);
  }

  private static JsonArray serviceProviders(List<String> ids) {
    var array = Json.createArrayBuilder();
    for (int i = 0; i < ids.size(); i++) {
      array.add(Json.createObjectBuilder().add("id", ids.get(i)).add("default", i == 0));
    }
    return array.build();
  }

  /** The ids of that many service providers, registering more when the network has too few. */
  static List<String> providerIds(int count) {
    JsonValue answer = sendValue("network-admin", "GET", "/registry/service-providers", null, 200);
    JsonArray providers =
        answer.getValueType() == JsonValue.ValueType.ARRAY
            ? answer.asJsonArray()
            : answer.asJsonObject().getJsonArray("items");
    List<String> ids =
        new java.util.ArrayList<>(
            providers.stream().map(p -> p.asJsonObject().getString("id")).toList());
    while (ids.size() < count) {
      JsonObject created =
          send(
              "network-admin",
              "POST",
              "/registry/service-providers",
              Json.createObjectBuilder().add("name", Browser.unique("Provider")).build().toString(),
              201);
      ids.add(created.getString("id"));
    }
    return ids.subList(0, count);
  }

  /** Adds a participant to a tenant's directory; answers the new customer's id. */
  static String addCustomer(String user, String participantId, String numbers) {
    JsonObject created =
        send(
            user,
            "POST",
            "/customers",
            Json.createObjectBuilder()
                .add("participantId", participantId)
                .add("customerNumbers", numbers)
                .build()
                .toString(),
            201);
    return created.getString("id");
  }

  /**
   * The shared fixture's calls, made through this client by the demo editor and the administrator.
   */
  static final DirectoryCareFixture.Calls CARE =
      new DirectoryCareFixture.Calls() {
        @Override
        public DirectoryCareFixture.Participant swedishParticipant(
            String name, String... providerIds) {
          Participant p = registerParticipant(name, List.of(providerIds));
          return new DirectoryCareFixture.Participant(p.id(), p.name(), p.eAddress());
        }

        @Override
        public String register(JsonObject body) {
          return send("network-admin", "POST", "/registry/participants", body.toString(), 201)
              .getString("id");
        }

        @Override
        public void deactivate(String participantId) {
          deactivateParticipant(participantId);
        }

        @Override
        public String addCustomer(String participantId, String customerNumber) {
          return Api.addCustomer("demo-editor", participantId, customerNumber);
        }
      };

  /** A customer as the API shows it. */
  static JsonObject customer(String user, String customerId) {
    return send(user, "GET", "/customers/" + customerId, null, 200);
  }

  /** Deactivates a customer of the user's directory, whatever its version ({@code If-Match: *}). */
  static void deactivateCustomer(String user, String customerId) {
    sendValue(user, "POST", "/customers/" + customerId + "/deactivate", "", 200, "If-Match", "*");
  }

  /** Marks a participant "Non existing". */
  static void deactivateParticipant(String participantId) {
    send(
        "network-admin",
        "POST",
        "/registry/participants/" + participantId + "/deactivate",
        "",
        200);
  }

  /** Sends documents of the demo tenant; each reference is {@code documentId, customerNumber}. */
  static void routeByCustomerNumber(String user, String documentId, String customerNumber) {
    var document =
        Json.createObjectBuilder()
            .add("documentId", documentId)
            .add("customerNumber", customerNumber);
    send(
        user,
        "POST",
        "/documents",
        Json.createObjectBuilder()
            .add("documents", Json.createArrayBuilder().add(document))
            .build()
            .toString(),
        200);
  }

  /** A valid Swedish organization number (Luhn check digit) no test used before, most likely. */
  static String swedishOrganizationNumber() {
    StringBuilder digits = new StringBuilder("55");
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < 7; i++) {
      digits.append(random.nextInt(10));
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int d = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += d > 9 ? d - 9 : d;
    }
    return digits.append((10 - sum % 10) % 10).toString();
  }

  static JsonObject send(String user, String method, String path, String body, int status) {
    return sendValue(user, method, path, body, status).asJsonObject();
  }

  private static JsonValue sendValue(
      String user, String method, String path, String body, int status, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Browser.baseUrl() + "api/v1" + path))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            (user + ":" + Browser.PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .header("Accept", "application/json");
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    if (body == null) {
      request.GET();
    } else {
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode())
          .as(method + " " + path + ": " + response.body())
          .isEqualTo(status);
      return response.body().isBlank()
          ? JsonValue.EMPTY_JSON_OBJECT
          : Json.createReader(new StringReader(response.body())).readValue();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
