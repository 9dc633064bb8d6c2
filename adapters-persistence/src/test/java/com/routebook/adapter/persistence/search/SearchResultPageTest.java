package com.routebook.adapter.persistence.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A search statement's rows and count make a page whose total covers the rows, even when H2 counted
 * before a commit and read the page after it.
 */
class SearchResultPageTest {

  @Test
  void the_count_of_the_statement_is_the_total_when_it_covers_the_page() {
    Page<String> page = new SearchStatements.Result<>(List.of("a", "b"), 42).page(pageOf(1, 2));
    assertThat(page.items()).containsExactly("a", "b");
    assertThat(page.page()).isEqualTo(1);
    assertThat(page.size()).isEqualTo(2);
    assertThat(page.total()).isEqualTo(42);
  }

  @Test
  void a_count_older_than_the_rows_is_raised_to_the_rows_up_to_the_end_of_the_page() {
    assertThat(new SearchStatements.Result<>(List.of("a", "b", "c"), 0).page(pageOf(0, 50)).total())
        .isEqualTo(3);
    assertThat(new SearchStatements.Result<>(List.of("a", "b"), 5).page(pageOf(2, 10)).total())
        .isEqualTo(22);
  }

  @Test
  void an_empty_page_keeps_the_count() {
    assertThat(new SearchStatements.Result<String>(List.of(), 7).page(pageOf(3, 10)).total())
        .isEqualTo(7);
    assertThat(new SearchStatements.Result<String>(List.of(), 0).page(pageOf(0, 10)).total())
        .isZero();
  }

  private static PageRequest pageOf(int page, int size) {
    return new PageRequest(page, size);
  }
}
