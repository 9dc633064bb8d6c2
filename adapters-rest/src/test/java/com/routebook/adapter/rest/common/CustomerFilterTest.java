package com.routebook.adapter.rest.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.adapter.rest.problem.Problem;
import com.routebook.adapter.rest.problem.Thrown;
import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.out.DirectorySearch.Sort;
import com.routebook.application.port.out.DirectorySearch.StateFilter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerFilterTest {

  private static CustomerFilter filter(String state, String sort, String acceptLanguage) {
    return new CustomerFilter(null, null, state, sort, acceptLanguage);
  }

  @Test
  void no_parameter_lists_everything_by_name_in_english() {
    CustomerFilter none = filter(null, null, null);
    assertThat(none.pattern()).isNull();
    assertThat(none.state()).isNull();
    assertThat(none.sort()).isEqualTo(Sort.NAME);
    assertThat(none.language()).isEqualTo("en");
  }

  @Test
  void the_state_sort_and_search_are_read_as_given() {
    CustomerFilter given =
        new CustomerFilter("Acme*", "false", "needs_attention", " -updatedAt ", null);
    assertThat(given.pattern().caseSensitive()).isFalse();
    assertThat(given.state()).isEqualTo(StateFilter.NEEDS_ATTENTION);
    assertThat(given.sort()).isEqualTo(Sort.UPDATED_AT_DESC);
    assertThat(filter(null, "-state", null).sort()).isEqualTo(Sort.STATE_DESC);
  }

  @Test
  void a_bad_state_or_sort_is_refused_naming_the_values_there_are() {
    Problem state = Thrown.problem(() -> filter("SOMETIMES", null, null).state());
    assertThat(state.code()).isEqualTo("INVALID_PARAMETER");
    assertThat(state.errors().get(0).field()).isEqualTo("state");
    Problem sort = Thrown.problem(() -> filter(null, "colour", null).sort());
    assertThat(sort.code()).isEqualTo("INVALID_PARAMETER");
    assertThat(sort.errors())
        .containsExactly(
            new Problem.FieldError(
                "sort",
                "sort must be one of [name, -name, state, -state, updatedAt, -updatedAt],"
                    + " was \"colour\""));
  }

  @Test
  void the_language_is_the_first_of_the_highest_weight() {
    assertThat(filter(null, null, "sv-SE,sv;q=0.9,en;q=0.5").language()).isEqualTo("sv-SE");
    assertThat(filter(null, null, "en;q=0.5, sv;q=0.8").language()).isEqualTo("sv");
    assertThat(filter(null, null, "*").language()).isEqualTo("en");
    assertThat(filter(null, null, "sv;q=x, fi").language()).isEqualTo("fi");
  }

  @Test
  void pages_are_read_and_answered_with_their_place_in_the_list() {
    assertThat(new PageParams(null, null).request()).isEqualTo(new PageRequest(0, 50));
    assertThat(Thrown.problem(() -> new PageParams("x", null).request()).code())
        .isEqualTo("INVALID_PAGE");
    record Answer(List<String> items, int page, int size, long total) {}
    Page<Integer> page = new Page<>(List.of(1, 2), 3, 2, 8);
    assertThat(PageParams.answer(page, String::valueOf, Answer::new))
        .isEqualTo(new Answer(List.of("1", "2"), 3, 2, 8));
  }
}
