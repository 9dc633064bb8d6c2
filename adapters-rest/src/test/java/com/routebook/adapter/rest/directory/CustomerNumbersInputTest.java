package com.routebook.adapter.rest.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.adapter.rest.problem.Problem;
import com.routebook.adapter.rest.problem.Thrown;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomerNumbersInputTest {

  @Test
  void takes_a_json_array_of_strings() {
    assertThat(CustomerNumbersInput.parse(List.of("A-1", " B-2 ")).asStrings())
        .containsExactly("A-1", "B-2");
  }

  @Test
  void takes_the_comma_separated_text_of_the_settings_box() {
    assertThat(CustomerNumbersInput.parse("A-1, B-2").asStrings()).containsExactly("A-1", "B-2");
  }

  @Test
  void names_every_offending_item_of_the_text() {
    Problem problem = Thrown.problem(() -> CustomerNumbersInput.parse("A-1, B 2, A-1"));
    assertThat(problem.code()).isEqualTo("INVALID_CUSTOMER_NUMBERS");
    assertThat(problem.errors())
        .extracting(Problem.FieldError::field)
        .containsExactly("customerNumbers[1]", "customerNumbers[2]");
    assertThat(problem.errors().get(0).message()).contains("B 2");
    assertThat(problem.errors().get(1).message())
        .isEqualTo("item 3: customer number \"A-1\" is given twice");
  }

  @Test
  void names_items_that_are_not_strings_together_with_the_other_bad_items() {
    Problem problem =
        Thrown.problem(
            () -> CustomerNumbersInput.parse(Arrays.asList("A-1", new BigDecimal(7), "A-1", null)));
    assertThat(problem.code()).isEqualTo("INVALID_CUSTOMER_NUMBERS");
    assertThat(problem.errors())
        .containsExactly(
            new Problem.FieldError(
                "customerNumbers[1]", "item 2: a customer number must be a string, was 7"),
            new Problem.FieldError(
                "customerNumbers[2]", "item 3: customer number \"A-1\" is given twice"),
            new Problem.FieldError(
                "customerNumbers[3]", "item 4: a customer number must be a string, was null"));
    assertThat(problem.detail())
        .isEqualTo("3 problems: item 2: a customer number must be a string, was 7 …");
  }

  @Test
  void refuses_nothing_an_empty_list_and_other_shapes() {
    for (Object json : new Object[] {null, List.of(), "", Map.of("a", "b"), new BigDecimal(1)}) {
      Problem problem = Thrown.problem(() -> CustomerNumbersInput.parse(json));
      assertThat(problem.code()).as(String.valueOf(json)).isEqualTo("INVALID_CUSTOMER_NUMBERS");
      assertThat(problem.errors())
          .extracting(Problem.FieldError::field)
          .as(String.valueOf(json))
          .contains("customerNumbers");
    }
  }
}
