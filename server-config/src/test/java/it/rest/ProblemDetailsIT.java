package it.rest;

import static it.rest.TestData.EDITOR;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Errors the runtime detects are problem details too: never a stack trace or an HTML page. */
@MicroShedTest
class ProblemDetailsIT {

  @Test
  void malformed_json_answers_400() {
    Expect.problem(
        EDITOR.send("POST", "customers", "{\"participantId\": \"p\", "), 400, "MALFORMED_JSON");
    Expect.problem(EDITOR.send("POST", "routing/test", "not json"), 400, "MALFORMED_JSON");
    Expect.problem(EDITOR.send("POST", "documents", "[1, 2]"), 400, "MALFORMED_JSON");
    Expect.problem(
        EDITOR.send("POST", "documents", "{\"documents\": \"none\"}"), 400, "MALFORMED_JSON");
  }

  @Test
  void a_body_that_is_not_json_answers_415() {
    Expect.problem(
        EDITOR.send("POST", "customers", "A-1", "Content-Type", "text/plain"),
        415,
        "UNSUPPORTED_MEDIA_TYPE");
  }

  @Test
  void an_unknown_path_answers_404_and_a_wrong_method_405() {
    Expect.problem(EDITOR.get("no-such-thing"), 404, "NOT_FOUND");
    Expect.problem(EDITOR.get("customers/x/y/z"), 404, "NOT_FOUND");
    ApiClient.Answer wrongMethod = EDITOR.delete("settings");
    Expect.problem(wrongMethod, 405, "METHOD_NOT_ALLOWED");
    assertThat(wrongMethod.header("Allow")).isPresent();
  }

  @Test
  void a_missing_body_answers_400() {
    Expect.problem(EDITOR.send("POST", "customers", ""), 400, "MALFORMED_JSON");
    Expect.problem(EDITOR.send("PUT", "settings", "null"), 400, "MALFORMED_REQUEST");
    Expect.problem(EDITOR.send("POST", "customers", null), 415, "UNSUPPORTED_MEDIA_TYPE");
  }
}
