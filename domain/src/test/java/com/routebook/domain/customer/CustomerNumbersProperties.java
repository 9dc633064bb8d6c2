package com.routebook.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.routebook.domain.ErrorCode;
import com.routebook.domain.Input;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of the comma-separated customer numbers of the settings box. */
class CustomerNumbersProperties {

  @Property
  void valid_numbers_survive_a_round_trip_through_the_settings_box(
      @ForAll("validNumberLists") List<String> numbers, @ForAll("spaces") String pad) {
    String text = String.join(pad + "," + pad, numbers);

    CustomerNumbers parsed = CustomerNumbers.parse(text);

    assertThat(parsed.asStrings()).containsExactlyElementsOf(numbers);
    assertThat(CustomerNumbers.parse(parsed.asText())).isEqualTo(parsed);
  }

  @Property
  void one_bad_item_is_reported_at_its_position_and_nothing_is_accepted(
      @ForAll("validNumberLists") List<String> numbers,
      @ForAll("badItems") String bad,
      @ForAll @IntRange(min = 0, max = 50) int where) {
    List<String> items = new ArrayList<>(numbers);
    int index = Math.min(where, items.size());
    items.add(index, bad);

    assertThatThrownBy(() -> CustomerNumbers.parse(String.join(",", items)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CUSTOMER_NUMBERS);
              assertThat(e.violations())
                  .extracting(Violation::input, Violation::item)
                  .contains(tuple(Input.CUSTOMER_NUMBERS, index));
            });
  }

  @Property
  void the_number_of_violations_is_the_number_of_bad_items(
      @ForAll("validNumberLists") List<String> numbers,
      @ForAll @IntRange(min = 1, max = 5) int badCount) {
    List<String> items = new ArrayList<>(numbers);
    for (int i = 0; i < badCount; i++) {
      items.add("bad item " + i);
    }
    if (items.size() > CustomerNumbers.MAX_COUNT) {
      return;
    }
    assertThatThrownBy(() -> CustomerNumbers.parse(String.join(",", items)))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.violations()).hasSize(badCount));
  }

  @Provide
  Arbitrary<List<String>> validNumberLists() {
    Arbitrary<String> number =
        Arbitraries.strings()
            .withChars("abcXYZ0123456789-_./")
            .ofMinLength(1)
            .ofMaxLength(CustomerNumber.MAX_LENGTH);
    return number.list().ofMinSize(1).ofMaxSize(45).uniqueElements();
  }

  @Provide
  Arbitrary<String> spaces() {
    return Arbitraries.of("", " ", "  ", "\t");
  }

  @Provide
  Arbitrary<String> badItems() {
    Arbitrary<String> withBadChar =
        Arbitraries.strings().withChars("ab1").ofMinLength(0).ofMaxLength(5).map(s -> s + "#" + s);
    Arbitrary<String> tooLong =
        Arbitraries.strings().withChars("abc").ofLength(CustomerNumber.MAX_LENGTH + 1);
    return Arbitraries.oneOf(withBadChar, tooLong, Arbitraries.of("", " ", "a b"));
  }
}
