package it.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.microshed.testing.ApplicationEnvironment;

/**
 * A small client of the API for the system tests: one caller (HTTP Basic, an API key, or nobody),
 * JSON in and out, headers such as {@code If-Match} when asked.
 */
final class ApiClient {

  /** The password of every demo user. */
  static final String DEMO_PASSWORD = "demo-password";

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final String base;
  private final String authorization;

  private ApiClient(String base, String authorization) {
    this.base = base;
    this.authorization = authorization;
  }

  /** The server the build started, as MicroShed's manual environment names it. */
  static String serverUrl() {
    return ApplicationEnvironment.Resolver.load().getApplicationURL().replaceAll("/+$", "");
  }

  /** A demo user (password {@value #DEMO_PASSWORD}). */
  static ApiClient as(String username) {
    return as(username, DEMO_PASSWORD);
  }

  static ApiClient as(String username, String password) {
    return new ApiClient(serverUrl(), basic(username, password));
  }

  /** A machine client with an API key's secret. */
  static ApiClient withApiKey(String secret) {
    return new ApiClient(serverUrl(), "Bearer " + secret);
  }

  /** A caller without credentials. */
  static ApiClient anonymous() {
    return new ApiClient(serverUrl(), null);
  }

  /** The same caller against another base URL (e.g. another address of the same server). */
  ApiClient at(String baseUrl) {
    return new ApiClient(baseUrl, authorization);
  }

  static String basic(String username, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  Answer get(String path) {
    return send("GET", path, null);
  }

  Answer post(String path, JsonStructure body) {
    return send("POST", path, body == null ? null : body.toString());
  }

  Answer put(String path, JsonStructure body) {
    return send("PUT", path, body.toString());
  }

  Answer delete(String path) {
    return send("DELETE", path, null);
  }

  /** A request with a raw body (sent as JSON unless a Content-Type header says otherwise). */
  Answer send(String method, String path, String body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + (path.startsWith("/") ? "" : "/api/v1/") + path))
            .timeout(Duration.ofSeconds(120))
            .header("Accept", "application/json, application/problem+json");
    boolean contentType = false;
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.setHeader(headers[i], headers[i + 1]);
      contentType |= headers[i].equalsIgnoreCase("Content-Type");
    }
    if (body != null && !contentType) {
      request.header("Content-Type", "application/json");
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    try {
      return new Answer(
          method + " " + path,
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A request with a body of bytes as they are (a file), of the given Content-Type. */
  Answer sendBytes(String method, String path, byte[] body, String contentType) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "/api/v1/" + path))
            .timeout(Duration.ofSeconds(120))
            .header("Accept", "application/json, application/problem+json")
            .header("Content-Type", contentType)
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      return new Answer(
          method + " " + path,
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Shortcut: {@code send} with an {@code If-Match} header. */
  Answer withIfMatch(String method, String path, JsonStructure body, String etag) {
    return send(method, path, body == null ? null : body.toString(), "If-Match", etag);
  }

  /** An answer of the API. */
  record Answer(String request, HttpResponse<String> response) {

    int status() {
      return response.statusCode();
    }

    String body() {
      return response.body();
    }

    Optional<String> header(String name) {
      return response.headers().firstValue(name);
    }

    String etag() {
      return header("ETag").orElseThrow(() -> new AssertionError(request + ": no ETag"));
    }

    String contentType() {
      return header("Content-Type").orElse("");
    }

    JsonObject json() {
      return parse().asJsonObject();
    }

    JsonArray array() {
      return parse().asJsonArray();
    }

    JsonValue parse() {
      try {
        return Json.createReader(new StringReader(body())).readValue();
      } catch (RuntimeException e) {
        throw new AssertionError(request + " answered " + status() + ", not JSON: " + body(), e);
      }
    }

    /** The field names of a problem's errors. */
    List<String> errorFields() {
      List<String> fields = new ArrayList<>();
      json().getJsonArray("errors").forEach(e -> fields.add(e.asJsonObject().getString("field")));
      return fields;
    }

    @Override
    public String toString() {
      return request + " -> " + status() + " " + body();
    }
  }
}
