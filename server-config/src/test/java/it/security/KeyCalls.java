package it.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

/** Calls of the API with users and API keys, for the tests of keys and security events. */
final class KeyCalls {

  static final String EDITOR = Http.demo("demo-editor");
  static final String VIEWER = Http.demo("demo-viewer");
  static final String OTHER_EDITOR = Http.demo("other-editor");
  static final String ADMIN = Http.demo("network-admin");

  private KeyCalls() {}

  /** An answer: its status and body. */
  record Reply(int status, String body) {

    JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }

    JsonValue value() {
      return Json.createReader(new StringReader(body)).readValue();
    }

    /** A problem with this status and code. */
    JsonObject problem(int expected, String code) {
      assertThat(status).as(body).isEqualTo(expected);
      JsonObject problem = json();
      assertThat(problem.getString("code")).as(body).isEqualTo(code);
      return problem;
    }

    Reply ok(int expected) {
      assertThat(status).as(body).isEqualTo(expected);
      return this;
    }
  }

  static Reply call(String method, String path, String authorization, JsonValue body) {
    HttpRequest.Builder request =
        Http.request(Http.base() + "/api/v1/" + path)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body.toString()));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    HttpResponse<String> response = Http.send(request.build());
    return new Reply(response.statusCode(), response.body());
  }

  static Reply get(String path, String authorization) {
    return call("GET", path, authorization, null);
  }

  static Reply post(String path, String authorization, JsonValue body) {
    return call("POST", path, authorization, body);
  }

  static Reply delete(String path, String authorization) {
    return call("DELETE", path, authorization, null);
  }

  static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  /** The body of a new key: its name, and its scopes when any are given. */
  static JsonObject newKey(String name, String... scopes) {
    JsonObjectBuilder key = Json.createObjectBuilder().add("name", name);
    if (scopes.length > 0) {
      JsonArrayBuilder list = Json.createArrayBuilder();
      for (String scope : scopes) {
        list.add(scope);
      }
      key.add("scopes", list);
    }
    return key.build();
  }

  /** Creates a key as that caller; the answer of 201, with the secret. */
  static JsonObject createKey(String authorization, JsonObject body) {
    return post("api-keys", authorization, body).ok(201).json();
  }

  static String bearer(JsonObject issued) {
    return "Bearer " + issued.getString("secret");
  }

  /** The key as the tenant's editor lists it. */
  static JsonObject listed(String authorization, String id) {
    return get("api-keys", authorization).ok(200).value().asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(k -> k.getString("id").equals(id))
        .findFirst()
        .orElseThrow();
  }

  static JsonObject routingTest() {
    return Json.createObjectBuilder()
        .add("documentId", unique("D-"))
        .add("customerNumber", unique("N-"))
        .build();
  }
}
