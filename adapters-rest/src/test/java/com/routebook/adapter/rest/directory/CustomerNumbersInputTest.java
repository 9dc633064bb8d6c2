package com.routebook.adapter.rest.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
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
    assertThatThrownBy(() -> CustomerNumbersInput.parse("A-1, B 2, A-1"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.code()).isEqualTo("INVALID_CUSTOMER_NUMBERS");
              assertThat(e.violations())
                  .extracting(Violation::field)
                  .containsExactly("customerNumbers[1]", "customerNumbers[2]");
              assertThat(e.violations().get(0).message()).contains("B 2");
              assertThat(e.violations().get(1).message()).contains("A-1").contains("twice");
            });
  }

  @Test
  void names_items_that_are_not_strings_together_with_the_other_bad_items() {
    assertThatThrownBy(
            () -> CustomerNumbersInput.parse(Arrays.asList("A-1", new BigDecimal(7), "A-1", null)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly(
                        "customerNumbers[1]", "customerNumbers[2]", "customerNumbers[3]"));
  }

  @Test
  void refuses_nothing_an_empty_list_and_other_shapes() {
    for (Object json : new Object[] {null, List.of(), "", Map.of("a", "b"), new BigDecimal(1)}) {
      assertThatThrownBy(() -> CustomerNumbersInput.parse(json))
          .as(String.valueOf(json))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> {
                assertThat(e.code()).isEqualTo("INVALID_CUSTOMER_NUMBERS");
                assertThat(e.violations()).extracting(Violation::field).contains("customerNumbers");
              });
    }
  }
}
