package com.routebook.adapter.jsf.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.adapter.jsf.support.RecordingFeedback;
import com.routebook.application.port.Page;
import com.routebook.application.port.in.directory.SearchDirectoryUseCase.SearchDirectoryQuery;
import com.routebook.application.port.out.DirectorySearch.CustomerSummary;
import com.routebook.application.port.out.DirectorySearch.Sort;
import com.routebook.application.port.out.DirectorySearch.StateFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CustomersBeanTest {

  private final RecordingFeedback feedback = new RecordingFeedback();
  private final List<SearchDirectoryQuery> queries = new ArrayList<>();
  private List<CustomerSummary> directory = List.of(Views.acmeRow(0, "A-1"));

  private final CustomersBean bean =
      new CustomersBean(
          query -> {
            queries.add(query);
            return Page.of(directory, query.page());
          },
          feedback);

  @Test
  void opensWithTheWholeDirectory() {
    bean.open();

    assertThat(queries).hasSize(2);
    assertThat(queries.get(0).pattern()).isNull();
    assertThat(queries.get(0).state()).isNull();
    assertThat(queries.get(0).language()).isEqualTo("en");
    // the second counts the customers that need attention
    assertThat(queries.get(1).state()).isEqualTo(StateFilter.NEEDS_ATTENTION);
    assertThat(bean.getNeedsAttention()).isEqualTo(1);
    assertThat(bean.getResults()).extracting(CustomerRowModel::getName).containsExactly("Acme AB");
    assertThat(bean.getSearchedFor()).isEmpty();
  }

  @Test
  void matchCaseIsOnByDefault() {
    bean.setQuery("*Acme*");
    bean.search();

    assertThat(queries.get(0).pattern().caseSensitive()).isTrue();
    assertThat(queries.get(0).pattern().query()).isEqualTo("*Acme*");
  }

  @Test
  void matchCaseCanBeTurnedOff() {
    bean.setMatchCase(false);
    bean.setQuery("acme*");
    bean.search();

    assertThat(queries.get(0).pattern().caseSensitive()).isFalse();
  }

  @Test
  void aShortContainsSearchAndALoneWildcardAreRun() {
    bean.setQuery("*ab*");
    bean.search();
    bean.setQuery("*");
    bean.search();

    // (each search also counts the customers needing attention, without a pattern)
    var searches = queries.stream().filter(query -> query.pattern() != null).toList();
    assertThat(searches).hasSize(2);
    assertThat(searches.get(0).pattern().matches("xaby")).isTrue();
    assertThat(searches.get(1).pattern().matchesEverything()).isTrue();
    assertThat(feedback.at(CustomersBean.QUERY_FIELD)).isEmpty();
  }

  @Test
  void noMatchShowsTheHelpfulEmptyState() {
    directory = List.of();
    bean.setQuery("Nobody");
    bean.search();

    assertThat(bean.isNothingFound()).isTrue();
    assertThat(bean.isDirectoryEmpty()).isFalse();
    assertThat(bean.getSearchedFor()).isEqualTo("Nobody");
  }

  @Test
  void anEmptyDirectoryIsToldApart() {
    directory = List.of();
    bean.open();

    assertThat(bean.isDirectoryEmpty()).isTrue();
  }

  @Test
  void pagesThroughManyCustomers() {
    directory =
        IntStream.range(0, CustomersBean.PAGE_SIZE + 5)
            .mapToObj(i -> Views.acmeRow(i, "N-" + i))
            .toList();
    bean.open();
    assertThat(bean.getPaging().isHasNext()).isTrue();
    assertThat(bean.getPaging().getCount()).isEqualTo(2);

    bean.nextPage();

    assertThat(bean.getResults()).hasSize(5);
    assertThat(bean.getPaging().getNumber()).isEqualTo(2);
    assertThat(bean.getPaging().isHasNext()).isFalse();
    bean.previousPage();
    assertThat(bean.getPaging().getNumber()).isEqualTo(1);
  }

  @Test
  void filtersSortsAndPagesAsChosen() {
    bean.setState("NON_EXISTING");
    bean.setSort("-updatedAt");
    bean.setPageSize(50);
    bean.search();

    assertThat(queries.get(0).state()).isEqualTo(StateFilter.NON_EXISTING);
    assertThat(queries.get(0).sort()).isEqualTo(Sort.UPDATED_AT_DESC);
    assertThat(queries.get(0).page().size()).isEqualTo(50);

    bean.sortBy("state");
    assertThat(queries.get(2).sort()).isEqualTo(Sort.STATE);
    assertThat(bean.arrow("state")).isEqualTo("\u25b2");
    bean.sortBy("state");
    assertThat(queries.get(4).sort()).isEqualTo(Sort.STATE_DESC);
    assertThat(bean.arrow("state")).isEqualTo("\u25bc");
    assertThat(bean.arrow("name")).isEmpty();

    bean.setState("NOT_A_STATE");
    bean.setSort("colour");
    assertThat(bean.getState()).isEmpty();
    assertThat(bean.getSort()).isEqualTo("name");
    bean.showNeedsAttention();
    assertThat(queries.get(6).state()).isEqualTo(StateFilter.NEEDS_ATTENTION);
  }
}
