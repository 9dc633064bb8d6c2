package com.routebook.adapter.rest.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.application.port.PageRequest;
import com.routebook.domain.ValidationException;
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
    assertThatThrownBy(() -> QueryParams.page("x", null))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("page"));
    assertThatThrownBy(() -> QueryParams.page("0", "501"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("size"));
  }

  @Test
  void search_is_case_sensitive_unless_told_otherwise() {
    assertThat(QueryParams.search("*part*", null).caseSensitive()).isTrue();
    assertThat(QueryParams.search("*part*", "false").caseSensitive()).isFalse();
    assertThat(QueryParams.search(null, "false")).isNull();
    assertThatThrownBy(() -> QueryParams.search("x", "maybe"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("caseSensitive");
  }

  @Test
  void enums_are_read_by_name_in_any_case() {
    assertThat(QueryParams.enumValue("state", "inactive", CustomerState.class))
        .isEqualTo(CustomerState.INACTIVE);
    assertThat(QueryParams.enumValue("state", null, CustomerState.class)).isNull();
    assertThatThrownBy(() -> QueryParams.enumValue("state", "GONE", CustomerState.class))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.code()).isEqualTo("INVALID_PARAMETER");
              assertThat(e.violations().get(0).field()).isEqualTo("state");
            });
  }
}
