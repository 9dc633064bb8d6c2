package com.routebook.adapter.jsf.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class InputLimitTest {

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        Feedback.BUNDLE,
        locale,
        InputLimitTest.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  @Test
  void a_field_s_limit_is_its_declared_maxlength() {
    assertThat(InputLimit.limit(2_000)).isEqualTo(2_000);
    assertThat(InputLimit.limit(35)).isEqualTo(35);
    assertThat(InputLimit.limit("200")).isEqualTo(200);
  }

  @Test
  void a_field_without_a_maxlength_takes_the_api_s_limit_of_a_string() {
    assertThat(InputLimit.DEFAULT_LIMIT).isEqualTo(1_000);
    assertThat(InputLimit.limit(null)).isEqualTo(1_000);
    assertThat(InputLimit.limit(Integer.MIN_VALUE)).as("Faces' unset maxlength").isEqualTo(1_000);
    assertThat(InputLimit.limit(0)).isEqualTo(1_000);
    assertThat(InputLimit.limit("")).isEqualTo(1_000);
    assertThat(InputLimit.limit("many")).isEqualTo(1_000);
  }

  @Test
  void only_texts_have_a_length() {
    assertThat(InputLimit.length("abc")).hasValue(3);
    assertThat(InputLimit.length("")).hasValue(0);
    assertThat(InputLimit.length(42)).isEqualTo(OptionalInt.empty());
    assertThat(InputLimit.length(null)).isEqualTo(OptionalInt.empty());
  }

  @Test
  void the_longest_text_counts_the_one_posted_before_any_input_cut_it() {
    assertThat(InputLimit.longest("a".repeat(2_021), "a".repeat(2_000), "a".repeat(2_000)))
        .hasValue(2_021);
    assertThat(InputLimit.longest(null, "abc", 7)).hasValue(3);
    assertThat(InputLimit.longest(null, null, 7)).isEqualTo(OptionalInt.empty());
  }

  @Test
  void the_refusal_names_the_limit_and_the_length_in_english_and_swedish_without_grouping() {
    assertThat(InputLimit.message(bundle(Locale.ROOT), 2_000, 2_345))
        .isEqualTo("Too long: at most 2000 characters are allowed here, this has 2345.");
    assertThat(InputLimit.message(bundle(Locale.forLanguageTag("sv")), 2_000, 2_345))
        .isEqualTo("För långt: högst 2000 tecken får anges här, detta har 2345.");
  }
}
