package com.routebook.domain.customer;

import static com.routebook.domain.Input.CUSTOMER_NUMBERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.domain.ErrorCode;
import com.routebook.domain.Rule;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerNumbersTest {

  @Test
  void the_settings_box_text_is_split_on_commas_and_trimmed() {
    CustomerNumbers numbers = CustomerNumbers.parse(" A-100 ,B-200,  c_3.x/4 ");

    assertThat(numbers.asStrings()).containsExactly("A-100", "B-200", "c_3.x/4");
    assertThat(numbers.asText()).isEqualTo("A-100, B-200, c_3.x/4");
    assertThat(numbers.toString()).isEqualTo("A-100, B-200, c_3.x/4");
    assertThat(numbers.contains(new CustomerNumber("B-200"))).isTrue();
    assertThat(numbers.contains(new CustomerNumber("b-200"))).isFalse();
    assertThat(numbers.asSet()).hasSize(3);
  }

  @Test
  void every_bad_item_gets_its_own_violation_naming_it() {
    assertThatThrownBy(() -> CustomerNumbers.parse("A-1, , B 2, A-1, ok, x#y"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CUSTOMER_NUMBERS);
              assertThat(e.violations())
                  .containsExactly(
                      Violation.ofItem(CUSTOMER_NUMBERS, 1, Rule.CUSTOMER_NUMBER_EMPTY),
                      Violation.ofItem(CUSTOMER_NUMBERS, 2, Rule.CUSTOMER_NUMBER_CHARACTERS, "B 2"),
                      Violation.ofItem(CUSTOMER_NUMBERS, 3, Rule.CUSTOMER_NUMBER_TWICE, "A-1"),
                      Violation.ofItem(
                          CUSTOMER_NUMBERS, 5, Rule.CUSTOMER_NUMBER_CHARACTERS, "x#y"));
            });
  }

  @Test
  void a_trailing_comma_is_an_empty_item() {
    assertThatThrownBy(() -> CustomerNumbers.parse("A-1,"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.violations()).extracting(Violation::item).containsExactly(1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void an_empty_box_asks_for_at_least_one_number(String text) {
    assertRequired(() -> CustomerNumbers.parse(text));
  }

  @Test
  void null_or_empty_inputs_ask_for_at_least_one_number() {
    assertRequired(() -> CustomerNumbers.parse(null));
    assertRequired(() -> CustomerNumbers.of(List.of()));
    assertRequired(() -> CustomerNumbers.of((List<String>) null));
    assertRequired(() -> new CustomerNumbers(List.of()));
    assertRequired(() -> new CustomerNumbers(null));
  }

  private static void assertRequired(ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        Violation.of(CUSTOMER_NUMBERS, Rule.CUSTOMER_NUMBERS_REQUIRED)));
  }

  @Test
  void fifty_numbers_are_allowed_and_fifty_one_are_not() {
    List<String> fifty = IntStream.rangeClosed(1, 50).mapToObj(i -> "N-" + i).toList();
    assertThat(CustomerNumbers.of(fifty).values()).hasSize(50);

    Violation tooMany = Violation.of(CUSTOMER_NUMBERS, Rule.CUSTOMER_NUMBERS_TOO_MANY, 50, 51);
    List<String> fiftyOne = IntStream.rangeClosed(1, 51).mapToObj(i -> "N-" + i).toList();
    assertThatThrownBy(() -> CustomerNumbers.of(fiftyOne))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.violations()).containsExactly(tooMany));
    List<CustomerNumber> raw = fiftyOne.stream().map(CustomerNumber::new).toList();
    assertThatThrownBy(() -> new CustomerNumbers(raw))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.violations()).containsExactly(tooMany));
  }

  @Test
  void the_record_refuses_duplicates_too() {
    CustomerNumber a = new CustomerNumber("A");
    assertThatThrownBy(() -> new CustomerNumbers(List.of(a, a)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        Violation.ofItem(CUSTOMER_NUMBERS, 1, Rule.CUSTOMER_NUMBER_TWICE, "A")));
  }

  @Test
  void numbers_are_returned_as_copies() {
    CustomerNumbers numbers = CustomerNumbers.of("A", "B");
    assertThatThrownBy(() -> numbers.values().add(new CustomerNumber("C")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Collections.sort(numbers.asStrings()))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void stored_numbers_are_trusted_as_they_were_accepted_and_compare_by_value() {
    List<String> older = List.of("with space", "x".repeat(40), "B-2");

    CustomerNumbers stored = CustomerNumbers.stored(older);

    assertThat(stored.asStrings()).containsExactlyElementsOf(older);
    assertThat(stored.contains(CustomerNumber.stored("with space"))).isTrue();
    assertThat(CustomerNumber.stored("B-2")).isEqualTo(new CustomerNumber(" B-2 "));
    assertThat(CustomerNumber.stored("B-2")).hasSameHashCodeAs(new CustomerNumber("B-2"));
    assertThat(CustomerNumber.stored("B-2")).isNotEqualTo(new CustomerNumber("b-2"));
    assertThat(CustomerNumber.stored("B-2")).isNotEqualTo("B-2");
    assertThat(CustomerNumber.stored("B-2").hashCode())
        .isNotEqualTo(CustomerNumber.stored("A-1").hashCode());
    assertThat(CustomerNumbers.stored(List.of("A-1", "B-2")).hashCode())
        .isNotEqualTo(CustomerNumbers.stored(List.of("B-2", "A-1")).hashCode());
    assertThat(CustomerNumbers.stored(List.of("A-1", "B-2")))
        .isEqualTo(CustomerNumbers.of("A-1", "B-2"))
        .hasSameHashCodeAs(CustomerNumbers.of("A-1", "B-2"))
        .isNotEqualTo(CustomerNumbers.of("B-2", "A-1"))
        .isNotEqualTo("A-1, B-2");
    assertThatThrownBy(() -> CustomerNumber.stored(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> CustomerNumbers.of(older)).isInstanceOf(ValidationException.class);
  }
}
