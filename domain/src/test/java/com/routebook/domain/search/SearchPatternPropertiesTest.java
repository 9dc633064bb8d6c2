package com.routebook.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.domain.ValidationException;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** SearchPattern agrees with a java.util.regex translation, and escaping round-trips. */
class SearchPatternPropertiesTest {

  /** A small alphabet so that generated candidates often match; includes the special characters. */
  private static final char[] ALPHABET = {
    'a', 'b', 'A', 'B', 'å', 'Å', '*', '\\', '%', '_', '-', ' '
  };

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars(ALPHABET).ofMaxLength(12);
  }

  @Provide
  Arbitrary<String> queries() {
    return Arbitraries.strings().withChars(ALPHABET).ofMinLength(1).ofMaxLength(10);
  }

  /** The reference: the query translated to a regex by its own simple scan. */
  private static Pattern reference(String query, boolean caseSensitive) {
    StringBuilder regex = new StringBuilder();
    String q = query.strip();
    for (int i = 0; i < q.length(); i++) {
      char c = q.charAt(i);
      if (c == '\\' && i + 1 < q.length() && (q.charAt(i + 1) == '*' || q.charAt(i + 1) == '\\')) {
        regex.append(Pattern.quote(String.valueOf(q.charAt(++i))));
      } else if (c == '*') {
        regex.append(".*");
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    int flags =
        Pattern.DOTALL | (caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    return Pattern.compile(regex.toString(), flags);
  }

  private static SearchPattern parseOrSkip(String query, boolean caseSensitive) {
    try {
      return SearchPattern.parse(query, caseSensitive);
    } catch (ValidationException refused) {
      Assume.that(false);
      throw refused;
    }
  }

  @Property(tries = 2000)
  void matching_agrees_with_a_regular_expression(
      @ForAll("queries") String query,
      @ForAll("texts") String candidate,
      @ForAll boolean caseSensitive) {
    SearchPattern pattern = parseOrSkip(query, caseSensitive);
    assertThat(pattern.matches(candidate))
        .as("%s matches %s", query, candidate)
        .isEqualTo(reference(query, caseSensitive).matcher(candidate).matches());
  }

  @Property(tries = 1000)
  void a_pattern_matches_candidates_built_from_its_parts(
      @ForAll("queries") String query,
      @ForAll("texts") String filler,
      @ForAll boolean caseSensitive) {
    SearchPattern pattern = parseOrSkip(query, caseSensitive);
    String candidate =
        reference(query, true)
            .pattern()
            .replace("\\Q", "")
            .replace("\\E", "")
            .replace(".*", filler);
    assertThat(pattern.matches(candidate)).isTrue();
  }

  @Property
  void an_escaped_text_is_an_exact_pattern_for_that_text(@ForAll("texts") String text) {
    Assume.that(!text.isBlank() && text.strip().equals(text));
    SearchPattern pattern = SearchPattern.parse(SearchPattern.escape(text), true);
    assertThat(pattern.exact()).isTrue();
    assertThat(pattern.exactValue()).isEqualTo(text);
    assertThat(pattern.matches(text)).isTrue();
  }

  @Property
  void sql_like_escapes_every_special_character(@ForAll("queries") String query) {
    SearchPattern pattern = parseOrSkip(query, true);
    String like = pattern.toSqlLike('\\');
    // unescaping the LIKE pattern and turning % into * gives back an equivalent query
    StringBuilder back = new StringBuilder();
    for (int i = 0; i < like.length(); i++) {
      char c = like.charAt(i);
      if (c == '\\') {
        char next = like.charAt(++i);
        back.append(next == '\\' ? "\\\\" : String.valueOf(next));
      } else if (c == '%') {
        back.append('*');
      } else {
        assertThat(c).isNotEqualTo('_');
        back.append(c == '*' ? "\\*" : String.valueOf(c));
      }
    }
    assertThat(SearchPattern.parse(back.toString(), true)).isEqualTo(pattern);
  }

  @Property
  void identifier_patterns_match_what_the_normalized_pattern_matches(
      @ForAll("queries") String query, @ForAll("texts") String candidate) {
    SearchPattern pattern = parseOrSkip(query, true).forIdentifiers();
    String normalized = candidate.replaceAll("[\\s.\\-]", "").toUpperCase(java.util.Locale.ROOT);
    assertThat(pattern.caseSensitive()).isFalse();
    if (pattern.matches(normalized)) {
      assertThat(pattern.matches(normalized.toLowerCase(java.util.Locale.ROOT))).isTrue();
    }
  }
}
