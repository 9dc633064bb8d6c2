package it.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Plain HTTP calls to the server under test, over HTTP or over its HTTPS port (whose certificate is
 * Liberty's self-signed one: trusted here, for the tests only).
 */
final class Http {

  static final String DEMO_PASSWORD = "demo-password";

  private static final HttpClient PLAIN =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private static final HttpClient TLS = tlsClient();

  private Http() {}

  static String base() {
    return "http://localhost:" + System.getProperty("it.http.port", "9080");
  }

  static String secureBase() {
    return "https://localhost:" + System.getProperty("it.https.port", "9443");
  }

  static HttpRequest.Builder request(String url) {
    return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
  }

  static HttpResponse<String> send(HttpRequest request) {
    try {
      HttpClient client = "https".equals(request.uri().getScheme()) ? TLS : PLAIN;
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static HttpResponse<String> get(String url, String authorization) {
    HttpRequest.Builder request = request(url).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return send(request.build());
  }

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  static String demo(String user) {
    return basic(user, DEMO_PASSWORD);
  }

  private static HttpClient tlsClient() {
    try {
      TrustManager trustAll =
          new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public X509Certificate[] getAcceptedIssuers() {
              return new X509Certificate[0];
            }
          };
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
      SSLParameters parameters = new SSLParameters();
      parameters.setEndpointIdentificationAlgorithm(null);
      return HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .sslContext(context)
          .sslParameters(parameters)
          .build();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
