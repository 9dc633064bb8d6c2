package com.routebook.adapter.rest.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.adapter.rest.problem.Problem;
import com.routebook.adapter.rest.problem.ProblemException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestLimitsTest {

  private static List<Problem.FieldError> longStrings(String json) {
    return RequestLimits.longStrings(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void strings_up_to_the_limit_pass() {
    String limit = "a".repeat(RequestLimits.MAX_STRING_LENGTH);

    assertThat(longStrings("{\"documentId\":\"" + limit + "\",\"n\":[1,true,null]}")).isEmpty();
  }

  @Test
  void each_string_over_the_limit_is_named_by_its_path() {
    String over = "b".repeat(RequestLimits.MAX_STRING_LENGTH + 1);

    List<Problem.FieldError> errors =
        longStrings(
            "{\"documents\":[{\"documentId\":\"1\"},{\"x\":{\"y\":[2]},\"eAddress\":\""
                + over
                + "\"}],\"tail\":[\"ok\",\""
                + over
                + "\"]}");

    assertThat(errors)
        .extracting(Problem.FieldError::field)
        .containsExactly("documents[1].eAddress", "tail[1]");
    assertThat(errors.get(0).message()).contains("1001 characters").contains("at most 1000");
  }

  @Test
  void a_field_with_a_longer_limit_gets_it() {
    String numbers = "c".repeat(1_500);

    assertThat(longStrings("{\"customerNumbers\":\"" + numbers + "\"}")).isEmpty();
    assertThat(longStrings("{\"customerNumbers\":\"" + "c".repeat(2_001) + "\"}")).hasSize(1);
  }

  @Test
  void a_top_level_string_is_the_body() {
    assertThat(longStrings("\"" + "d".repeat(1_001) + "\""))
        .extracting(Problem.FieldError::field)
        .containsExactly("body");
  }

  @Test
  void a_body_that_is_not_well_formed_json_is_refused_with_400_before_json_b_reads_it() {
    for (String body :
        List.of("{\"a\": ", "not json", "", "{", "{\"x\":[", "{\"x\":[1,[2", "{} {}")) {
      assertThatThrownBy(() -> longStrings(body))
          .as(body)
          .isInstanceOfSatisfying(
              ProblemException.class,
              e -> {
                assertThat(e.problem().status()).isEqualTo(400);
                assertThat(e.problem().code()).isEqualTo("MALFORMED_JSON");
              });
    }
    assertThatThrownBy(() -> RequestLimits.longStrings(new byte[] {(byte) 0xff, (byte) 0xfe}))
        .isInstanceOf(ProblemException.class);
    assertThat(longStrings("[]")).isEmpty();
    assertThat(longStrings("null")).isEmpty();
  }

  @Test
  void a_body_longer_than_the_limit_is_refused_with_413() throws Exception {
    byte[] exact = new byte[10];

    assertThat(RequestLimits.readAtMost(new ByteArrayInputStream(exact), 10)).hasSize(10);
    assertThatThrownBy(() -> RequestLimits.readAtMost(new ByteArrayInputStream(new byte[11]), 10))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.problem().status()).isEqualTo(413);
              assertThat(e.problem().code()).isEqualTo("BODY_TOO_LARGE");
            });
  }
}
