package com.routebook.adapter.rest.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.adapter.rest.problem.ProblemException;
import com.routebook.domain.ConflictException;
import com.routebook.domain.ErrorCode;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class IfMatchTest {

  private static final LongSupplier NOT_READ =
      () -> {
        throw new AssertionError("the current version should not be read");
      };

  @Test
  void a_missing_header_is_a_required_precondition() {
    for (String header : new String[] {null, "", "  "}) {
      assertThatThrownBy(() -> IfMatch.parse(header))
          .isInstanceOfSatisfying(
              ProblemException.class,
              e -> {
                assertThat(e.problem().status()).isEqualTo(428);
                assertThat(e.problem().code()).isEqualTo("PRECONDITION_REQUIRED");
              });
    }
  }

  @Test
  void a_single_strong_tag_is_passed_on_for_the_use_case_to_check() {
    assertThat(IfMatch.parse("\"7\"").expectedVersion(NOT_READ)).isEqualTo(7);
    assertThat(IfMatch.parse(" \"0\" ").expectedVersion(NOT_READ)).isZero();
  }

  @Test
  void the_etag_is_the_version_in_quotes() {
    assertThat(IfMatch.etag(3)).isEqualTo("\"3\"");
    assertThat(IfMatch.parse(IfMatch.etag(42)).expectedVersion(NOT_READ)).isEqualTo(42);
  }

  @Test
  void a_wildcard_matches_the_current_version() {
    assertThat(IfMatch.parse("*").expectedVersion(() -> 5)).isEqualTo(5);
  }

  @Test
  void a_list_matches_when_it_names_the_current_version() {
    assertThat(IfMatch.parse("\"4\", \"5\"").expectedVersion(() -> 5)).isEqualTo(5);
    assertThatThrownBy(() -> IfMatch.parse("\"4\", \"6\"").expectedVersion(() -> 5))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.CONCURRENT_CHANGE));
  }

  @Test
  void weak_and_malformed_tags_never_match() {
    for (String header : new String[] {"W/\"5\"", "5", "\"five\"", "\"\""}) {
      assertThatThrownBy(() -> IfMatch.parse(header).expectedVersion(() -> 5))
          .as(header)
          .isInstanceOfSatisfying(
              ConflictException.class,
              e -> assertThat(e.code()).isEqualTo(ConflictException.CONCURRENT_CHANGE));
    }
  }
}
