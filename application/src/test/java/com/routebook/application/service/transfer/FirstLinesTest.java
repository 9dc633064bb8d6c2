package com.routebook.application.service.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FirstLinesTest {

  @Test
  void each_key_keeps_the_line_it_first_appeared_on_through_many_growths() {
    FirstLines lines = new FirstLines();
    for (int i = 0; i < 200_000; i++) {
      assertThat(lines.putIfAbsent("P-" + i, i + 2L)).isZero();
    }
    assertThat(lines.size()).isEqualTo(200_000);
    for (int i = 0; i < 200_000; i += 997) {
      assertThat(lines.putIfAbsent("P-" + i, 999_999L)).isEqualTo(i + 2L);
    }
    assertThat(lines.putIfAbsent("P-200000", 7)).isZero();
    assertThat(lines.size()).isEqualTo(200_001);
    // at most half full, never more than twice that: 24 bytes a slot
    assertThat(lines.bytes()).isBetween(200_001L * 2 * 24, 200_001L * 4 * 24);
  }

  @Test
  void keys_differing_only_in_case_order_or_a_high_byte_are_different_keys() {
    FirstLines lines = new FirstLines();
    assertThat(lines.putIfAbsent("ab", 2)).isZero();
    assertThat(lines.putIfAbsent("AB", 3)).isZero();
    assertThat(lines.putIfAbsent("ba", 4)).isZero();
    assertThat(lines.putIfAbsent("a\u0162", 5)).isZero();
    assertThat(lines.putIfAbsent("ab\u0000", 6)).isZero();
    assertThat(lines.putIfAbsent("", 7)).isZero();
    assertThat(lines.putIfAbsent("ab", 8)).isEqualTo(2);
    assertThat(lines.putIfAbsent("", 9)).isEqualTo(7);
  }

  @Test
  void a_line_is_one_or_more() {
    assertThatThrownBy(() -> new FirstLines().putIfAbsent("x", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
