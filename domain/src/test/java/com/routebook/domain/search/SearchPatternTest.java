package com.routebook.domain.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.routebook.domain.ErrorCode;
import com.routebook.domain.Input;
import com.routebook.domain.Rule;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchPatternTest {

  private static Violation refusal(String query) {
    ValidationException e =
        catchThrowableOfType(ValidationException.class, () -> SearchPattern.parse(query, true));
    assertThat(e).as("%s should be refused", query).isNotNull();
    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_SEARCH);
    assertThat(e.violations()).hasSize(1);
    return e.violations().get(0);
  }

  @ParameterizedTest(name = "{0} matches {1}: {2}")
  @CsvSource({
    "Acme, Acme, true",
    "Acme, Acme AB, false",
    "Acme, acme, false",
    "Acme, Acm, false",
    "Acme*, Acme AB, true",
    "Acme*, Acme, true",
    "Acme*, The Acme, false",
    "*Acme, The Acme, true",
    "*Acme, Acme, true",
    "*Acme, The Acme AB, false",
    "*cme*, The Acme AB, true",
    "*cme*, cme, true",
    "*cme*, cm, false",
    "A*e, Acme, true",
    "A*e, Ae, true",
    "A*e, A, false",
    "A*e, e, false",
    "A*e, Acmes, false",
    "Ab*ba, Aba, false",
    "Ab*ba, Abba, true",
    "a*b*c, abc, true",
    "a*b*c, aXbYc, true",
    "a*b*c, acb, false",
    "a*bc*bc, abcbc, true",
    "a*bc*bc, abc, false",
    "*abc*abc, abcabc, true",
    "*abc*abc, abc, false",
    "*abc*bc*x, zzzabcx, false",
    "*abc*bc*x, zzzabcbcx, true",
    "ab**c, abxc, true",
    "a\\*b, a*b, true",
    "a\\*b, axb, false",
    "a\\*b*, a*bc, true",
    "a\\b, a\\b, true",
    "a\\\\b, a\\b, true",
    "a\\\\*, a\\bc, true",
  })
  void a_pattern_matches_whole_fields_with_wildcards(
      String query, String candidate, boolean matches) {
    assertThat(SearchPattern.parse(query, true).matches(candidate)).isEqualTo(matches);
  }

  @Test
  void matching_can_ignore_case() {
    SearchPattern pattern = SearchPattern.parse("*ACME*", false);
    assertThat(pattern.caseSensitive()).isFalse();
    assertThat(pattern.matches("the acme ab")).isTrue();
    assertThat(SearchPattern.parse("acme", false).matches("ACME")).isTrue();
    assertThat(SearchPattern.parse("acme", true).matches("ACME")).isFalse();
    assertThat(SearchPattern.parse("acme", true).caseSensitive()).isTrue();
    assertThat(SearchPattern.parse("ac*me", false).matches("AC and ME")).isTrue();
  }

  @Test
  void null_never_matches() {
    assertThat(SearchPattern.parse("*abc*", true).matches(null)).isFalse();
    assertThat(SearchPattern.parse("abc", true).matches(null)).isFalse();
  }

  @Test
  void blank_queries_are_refused() {
    Violation empty = Violation.of(Input.SEARCH, Rule.SEARCH_EMPTY);
    assertThat(refusal(null)).isEqualTo(empty);
    assertThat(refusal("")).isEqualTo(empty);
    assertThat(refusal("  ")).isEqualTo(empty);
  }

  @ParameterizedTest
  @CsvSource({"*", "**", " * ", "***"})
  void wildcards_alone_match_everything(String query) {
    SearchPattern pattern = SearchPattern.parse(query, true);
    assertThat(pattern.matchesEverything()).isTrue();
    assertThat(pattern.exact()).isFalse();
    assertThat(pattern.longestLiteral()).isZero();
    assertThat(pattern.matches("")).isTrue();
    assertThat(pattern.matches("anything at all")).isTrue();
    assertThat(pattern.toSqlLike('\\')).isEqualTo("%");
  }

  @ParameterizedTest
  @CsvSource({
    "*ab*,xaby,true",
    "*ab*,xay,false",
    "*a,ba,true",
    "*a,ab,false",
    "*ab*cd,abcd,true",
    "*ab*cd*,xxabyycdzz,true",
    "*AB*,xaby,false",
    " *ab* ,ab,true"
  })
  void a_contains_search_of_fewer_than_three_characters_is_allowed(
      String query, String candidate, boolean matches) {
    SearchPattern pattern = SearchPattern.parse(query, true);
    assertThat(pattern.matchesEverything()).isFalse();
    assertThat(pattern.matches(candidate)).isEqualTo(matches);
  }

  @Test
  void the_longest_literal_run_says_whether_trigrams_can_serve_a_pattern() {
    assertThat(SearchPattern.parse("*ab*", true).longestLiteral()).isEqualTo(2);
    assertThat(SearchPattern.parse("a*bcd*e", true).longestLiteral()).isEqualTo(3);
    assertThat(SearchPattern.parse("abcd", true).longestLiteral()).isEqualTo(4);
    assertThat(SearchPattern.parse("\\*\\**", true).longestLiteral()).isEqualTo(2);
    assertThat(SearchPattern.parse("abc", true).matchesEverything()).isFalse();
    assertThat(SearchPattern.parse("\\*", true).matchesEverything()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"*abc*", "*abc", "*ab*cde", "a*", "ab*", "a", "a*b", "*\\*\\*\\**"})
  void a_leading_wildcard_with_three_characters_and_any_prefix_pattern_are_accepted(String query) {
    assertThat(SearchPattern.parse(query, true).query()).isEqualTo(query);
  }

  @Test
  void a_query_without_wildcard_is_exact() {
    SearchPattern pattern = SearchPattern.parse(" a\\*b ", true);
    assertThat(pattern.exact()).isTrue();
    assertThat(pattern.exactValue()).isEqualTo("a*b");
    assertThat(pattern.query()).isEqualTo(" a\\*b ");
    assertThat(pattern).hasToString(" a\\*b ");
    SearchPattern wild = SearchPattern.parse("a*b", true);
    assertThat(wild.exact()).isFalse();
    assertThatIllegalStateException().isThrownBy(wild::exactValue);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "acme | acme",
        "acme* | acme%",
        "*acme* | %acme%",
        "a*b*c | a%b%c",
        "a**b | a%b",
        "100%* | 100!%%",
        "a_b* | a!_b%",
        "a!b* | a!!b%",
        "a\\*b | a*b",
      })
  void a_pattern_translates_to_sql_like(String query, String like) {
    assertThat(SearchPattern.parse(query, true).toSqlLike('!')).isEqualTo(like);
  }

  @Test
  void percent_and_underscore_cannot_be_the_like_escape() {
    SearchPattern pattern = SearchPattern.parse("a*", true);
    assertThatIllegalArgumentException().isThrownBy(() -> pattern.toSqlLike('%'));
    assertThatIllegalArgumentException().isThrownBy(() -> pattern.toSqlLike('_'));
    assertThat(pattern.toSqlLike('\\')).isEqualTo("a%");
  }

  @Test
  void identifier_patterns_are_normalized_and_ignore_case() {
    SearchPattern pattern = SearchPattern.parse("556036-0793", true).forIdentifiers();
    assertThat(pattern.matches("5560360793")).isTrue();
    assertThat(pattern.caseSensitive()).isFalse();
    assertThat(pattern.exactValue()).isEqualTo("5560360793");
    assertThat(pattern.query()).isEqualTo("556036-0793");
    SearchPattern vat = SearchPattern.parse("se 5560.36*", true).forIdentifiers();
    assertThat(vat.toSqlLike('!')).isEqualTo("SE556036%");
    assertThat(vat.matches("se556036079301")).isTrue();
    assertThat(SearchPattern.parse("*-0793", true).forIdentifiers().toSqlLike('!'))
        .isEqualTo("%0793");
    assertThat(SearchPattern.parse("ab*-*cd", true).forIdentifiers().toSqlLike('!'))
        .isEqualTo("AB%CD");
  }

  @Test
  void an_identifier_pattern_never_widens_to_everything() {
    assertThat(SearchPattern.parse("*---*", true).forIdentifiers().toSqlLike('!'))
        .isEqualTo("%---%");
    assertThat(SearchPattern.parse("*a-b*", true).forIdentifiers().toSqlLike('!'))
        .isEqualTo("%AB%");
    assertThat(SearchPattern.parse("- .", true).forIdentifiers().exactValue()).isEqualTo("- .");
    assertThat(SearchPattern.parse("*abc-*", true).forIdentifiers().toSqlLike('!'))
        .isEqualTo("%ABC%");
  }

  @Test
  void patterns_with_the_same_meaning_are_equal() {
    SearchPattern a = SearchPattern.parse("a**b", true);
    assertThat(a)
        .isEqualTo(SearchPattern.parse("a*b", true))
        .hasSameHashCodeAs(SearchPattern.parse("a*b", true));
    assertThat(a).isNotEqualTo(SearchPattern.parse("a*b", false));
    assertThat(a).isNotEqualTo(SearchPattern.parse("a*c", true));
    assertThat(a).isNotEqualTo("a*b");
    assertThat(a.hashCode()).isNotEqualTo(SearchPattern.parse("a*c", true).hashCode());
  }

  @Test
  void escaping_text_gives_an_exact_pattern_for_it() {
    assertThat(SearchPattern.escape("a*b\\c")).isEqualTo("a\\*b\\\\c");
    assertThat(SearchPattern.parse(SearchPattern.escape("a*b\\c"), true).exactValue())
        .isEqualTo("a*b\\c");
  }
}
