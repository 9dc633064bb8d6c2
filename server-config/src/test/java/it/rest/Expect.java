package it.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;

/** Assertions on answers of the API. */
final class Expect {

  private Expect() {}

  /** A success with JSON (or no) body. */
  static ApiClient.Answer ok(ApiClient.Answer answer, int status) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    if (!answer.body().isEmpty()) {
      assertThat(answer.contentType()).as(answer.request()).startsWith("application/json");
    }
    return answer;
  }

  /**
   * A problem-details answer with this status and code: the RFC 9457 members, an errors list, and
   * neither a stack trace nor an HTML page.
   */
  static JsonObject problem(ApiClient.Answer answer, int status, String code) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
    noInternals(answer);
    JsonObject problem = answer.json();
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("code")).as(answer.toString()).isEqualTo(code);
    assertThat(problem.getString("type")).isNotBlank();
    assertThat(problem.getString("title")).isNotBlank();
    assertThat(problem.getString("detail")).isNotBlank();
    assertThat(problem.getJsonArray("errors")).isNotNull();
    return problem;
  }

  /** The body shows no stack trace, exception class or HTML page. */
  static void noInternals(ApiClient.Answer answer) {
    assertThat(answer.body())
        .as(answer.toString())
        .doesNotContainIgnoringCase("<html")
        .doesNotContain("\tat ")
        .doesNotContain("at com.routebook")
        .doesNotContain("Exception:")
        .doesNotContain("RESTEASY");
  }
}
