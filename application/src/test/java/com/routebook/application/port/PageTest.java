package com.routebook.application.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.domain.ErrorCode;
import com.routebook.domain.Input;
import com.routebook.domain.Rule;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

  @Test
  void a_page_size_is_1_to_500_and_a_page_number_0_or_more() {
    assertThat(new PageRequest(0, 500).size()).isEqualTo(500);
    assertThat(new PageRequest(0, 1).size()).isEqualTo(1);
    assertThatThrownBy(() -> new PageRequest(0, 501))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        Violation.of(Input.PAGE_SIZE, Rule.PAGE_SIZE_RANGE, 500, 501)));
    assertThatThrownBy(() -> new PageRequest(0, 0)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new PageRequest(-1, 10))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PAGE);
              assertThat(e.violations())
                  .containsExactly(Violation.of(Input.PAGE, Rule.PAGE_NEGATIVE, -1));
            });
    assertThat(PageRequest.first()).isEqualTo(new PageRequest(0, 50));
  }

  @Test
  void a_page_is_cut_from_the_sorted_list_with_its_total() {
    List<Integer> all = List.of(1, 2, 3, 4, 5, 6, 7);

    assertThat(new PageRequest(2, 3).offset()).isEqualTo(6);
    assertThat(Page.of(all, new PageRequest(1, 3)))
        .isEqualTo(new Page<>(List.of(4, 5, 6), 1, 3, 7));
    assertThat(Page.of(all, new PageRequest(2, 3)).items()).containsExactly(7);
    assertThat(Page.of(all, new PageRequest(5, 3)).items()).isEmpty();
    assertThat(Page.of(all, new PageRequest(0, 3)).map(i -> "#" + i).items())
        .containsExactly("#1", "#2", "#3");
    assertThatThrownBy(() -> new Page<>(List.of(1, 2), 0, 2, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
