package com.routebook.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.domain.ConflictException;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.Input;
import com.routebook.domain.Rule;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerNumberTest {

  @Test
  void a_number_is_trimmed() {
    assertThat(new CustomerNumber("  A-100 ").value()).isEqualTo("A-100");
    assertThat(new CustomerNumber("A-100").toString()).isEqualTo("A-100");
  }

  @Test
  void thirty_five_characters_are_allowed_and_thirty_six_are_not() {
    String max = "A".repeat(35);
    assertThat(new CustomerNumber(max).value()).isEqualTo(max);
    assertThatThrownBy(() -> new CustomerNumber("B".repeat(36)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CUSTOMER_NUMBERS);
              assertThat(e.violations())
                  .containsExactly(
                      Violation.of(
                          Input.CUSTOMER_NUMBER,
                          Rule.CUSTOMER_NUMBER_TOO_LONG,
                          "B".repeat(36),
                          35,
                          36));
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"A B", "A,B", "Å-1", "A#1", "A+1", "A:1", "ä"})
  void only_letters_digits_and_dash_underscore_dot_slash_are_allowed(String bad) {
    assertThatThrownBy(() -> new CustomerNumber(bad))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        Violation.of(
                            Input.CUSTOMER_NUMBER, Rule.CUSTOMER_NUMBER_CHARACTERS, bad.strip())));
    assertThat(CustomerNumber.tryParse(bad)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "Z", "0", "9", "-", "_", ".", "/", "aZ09-_./"})
  void every_allowed_character_is_accepted(String good) {
    assertThat(CustomerNumber.tryParse(good)).contains(new CustomerNumber(good));
  }

  @Test
  void a_parsed_number_is_trimmed_as_a_constructed_one() {
    assertThat(CustomerNumber.tryParse(" \tA-1 ")).map(CustomerNumber::value).contains("A-1");
  }

  @Test
  void an_empty_number_is_refused() {
    Violation empty = Violation.of(Input.CUSTOMER_NUMBER, Rule.CUSTOMER_NUMBER_EMPTY);
    assertThatThrownBy(() -> new CustomerNumber("  "))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.violations()).containsExactly(empty));
    assertThatThrownBy(() -> new CustomerNumber(null))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.violations()).containsExactly(empty));
    assertThat(CustomerNumber.tryParse(null)).isEmpty();
  }

  @Test
  void a_taken_number_is_a_conflict_naming_the_numbers_in_the_order_given() {
    List<String> given = new ArrayList<>(List.of("C-3", "A-1"));

    CustomerNumberTakenException taken = new CustomerNumberTakenException(given);
    given.clear();

    assertThat(taken).isInstanceOf(ConflictException.class);
    assertThat(taken.code()).isEqualTo(ErrorCode.CUSTOMER_NUMBER_TAKEN);
    assertThat(taken.numbers()).containsExactly("C-3", "A-1");
    assertThat(taken.arguments()).containsExactly(List.of("C-3", "A-1"));
  }
}
