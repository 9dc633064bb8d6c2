package com.routebook.adapter.rest.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.adapter.rest.problem.Problem;
import com.routebook.adapter.rest.problem.Thrown;
import com.routebook.application.port.PageRequest;
import com.routebook.domain.customer.CustomerState;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

  @Test
  void pages_default_to_the_first_of_fifty() {
    assertThat(QueryParams.page(null, null)).isEqualTo(new PageRequest(0, 50));
    assertThat(QueryParams.page("2", "500")).isEqualTo(new PageRequest(2, 500));
  }

  @Test
  void bad_page_parameters_are_validation_errors_naming_the_parameter() {
    Problem notNumber = Thrown.problem(() -> QueryParams.page("x", null));
    assertThat(notNumber.code()).isEqualTo("INVALID_PAGE");
    assertThat(notNumber.errors())
        .containsExactly(new Problem.FieldError("page", "page must be a whole number, was \"x\""));
    Problem tooLarge = Thrown.problem(() -> QueryParams.page("0", "501"));
    assertThat(tooLarge.code()).isEqualTo("INVALID_PAGE");
    assertThat(tooLarge.errors())
        .containsExactly(new Problem.FieldError("size", "size must be 1 to 500, was 501"));
  }

  @Test
  void search_is_case_sensitive_unless_told_otherwise() {
    assertThat(QueryParams.search("*part*", null).caseSensitive()).isTrue();
    assertThat(QueryParams.search("*part*", "false").caseSensitive()).isFalse();
    assertThat(QueryParams.search(null, "false")).isNull();
    assertThat(Thrown.problem(() -> QueryParams.search("x", "maybe")).errors())
        .containsExactly(
            new Problem.FieldError(
                "caseSensitive", "caseSensitive must be true or false, was \"maybe\""));
  }

  @Test
  void enums_are_read_by_name_in_any_case() {
    assertThat(QueryParams.enumValue("state", "inactive", CustomerState.class))
        .isEqualTo(CustomerState.INACTIVE);
    assertThat(QueryParams.enumValue("state", null, CustomerState.class)).isNull();
    Problem gone =
        Thrown.problem(() -> QueryParams.enumValue("state", "GONE", CustomerState.class));
    assertThat(gone.code()).isEqualTo("INVALID_PARAMETER");
    assertThat(gone.status()).isEqualTo(422);
    assertThat(gone.errors())
        .containsExactly(
            new Problem.FieldError(
                "state", "state must be one of [ACTIVE, INACTIVE], was \"GONE\""));
  }
}
