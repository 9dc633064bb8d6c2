package com.routebook.domain.search;

import com.routebook.domain.ErrorCode;
import com.routebook.domain.Input;
import com.routebook.domain.Rule;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A parsed search query: {@code *} any run of characters (including none), {@code \*} a literal
 * {@code *} (and {@code \\} a literal backslash), no {@code *} = whole-field equality.
 *
 * <p>The pattern is kept as its literal parts: {@code parts.get(0)} must start the candidate and
 * the last part must end it; parts in between are found in order. With n wildcards there are n + 1
 * parts (some possibly empty).
 */
public final class SearchPattern {

  private final String query;
  private final boolean caseSensitive;
  private final List<String> parts;

  private SearchPattern(String query, boolean caseSensitive, List<String> parts) {
    this.query = query;
    this.caseSensitive = caseSensitive;
    this.parts = List.copyOf(parts);
  }

  /**
   * Parses a query (surrounding whitespace ignored).
   *
   * <p>Any pattern is accepted, however short its literal runs: {@code *} alone matches every value
   * and {@code *AB*} every value containing {@code AB}.
   *
   * @throws ValidationException {@code INVALID_SEARCH}, input {@code SEARCH}: a blank query
   */
  public static SearchPattern parse(String query, boolean caseSensitive) {
    if (query == null || query.isBlank()) {
      throw invalid(Rule.SEARCH_EMPTY);
    }
    return new SearchPattern(query, caseSensitive, split(query.strip()));
  }

  private static ValidationException invalid(Rule rule, Object... arguments) {
    return new ValidationException(
        ErrorCode.INVALID_SEARCH, Violation.of(Input.SEARCH, rule, arguments));
  }

  /** Escapes text so that it parses to an exact pattern for that text (no wildcard). */
  public static String escape(String text) {
    return text.replace("\\", "\\\\").replace("*", "\\*");
  }

  private static List<String> split(String query) {
    List<String> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      char next = i + 1 < query.length() ? query.charAt(i + 1) : 0;
      if (c == '\\' && (next == '*' || next == '\\')) {
        literal.append(next);
        i++;
      } else if (c == '*') {
        parts.add(literal.toString());
        literal.setLength(0);
      } else {
        literal.append(c);
      }
    }
    parts.add(literal.toString());
    return merged(parts);
  }

  /** Drops the empty middle parts that consecutive wildcards leave (a ** is one *). */
  private static List<String> merged(List<String> parts) {
    List<String> merged = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      boolean middle = i > 0 && i < parts.size() - 1;
      if (!middle || !parts.get(i).isEmpty()) {
        merged.add(parts.get(i));
      }
    }
    return merged;
  }

  /** Whether the pattern is only wildcards ({@code *}), so that it matches every value. */
  public boolean matchesEverything() {
    return !exact() && parts.stream().allMatch(String::isEmpty);
  }

  /**
   * The length of the longest literal run (escapes resolved): an index of trigrams serves a
   * wildcard pattern only when it is at least three.
   */
  public int longestLiteral() {
    return parts.stream().mapToInt(String::length).max().orElse(0);
  }

  /** Whether candidate matches, honouring case sensitivity; null never matches. */
  public boolean matches(String candidate) {
    if (candidate == null) {
      return false;
    }
    String first = parts.get(0);
    if (exact()) {
      return first.length() == candidate.length() && regionMatches(candidate, 0, first);
    }
    String last = parts.get(parts.size() - 1);
    if (first.length() + last.length() > candidate.length()
        || !regionMatches(candidate, 0, first)
        || !regionMatches(candidate, candidate.length() - last.length(), last)) {
      return false;
    }
    int from = first.length();
    int end = candidate.length() - last.length();
    for (String part : parts.subList(1, parts.size() - 1)) {
      int found = indexOf(candidate, part, from, end);
      if (found < 0) {
        return false;
      }
      from = found + part.length();
    }
    return true;
  }

  private int indexOf(String candidate, String part, int from, int end) {
    for (int i = from; i + part.length() <= end; i++) {
      if (regionMatches(candidate, i, part)) {
        return i;
      }
    }
    return -1;
  }

  private boolean regionMatches(String candidate, int offset, String part) {
    return candidate.regionMatches(!caseSensitive, offset, part, 0, part.length());
  }

  public boolean caseSensitive() {
    return caseSensitive;
  }

  /** Whether the query has no wildcard, so a field must equal {@link #exactValue()} whole. */
  public boolean exact() {
    return parts.size() == 1;
  }

  /** The value a field must equal (escapes resolved); only for an {@link #exact()} pattern. */
  public String exactValue() {
    if (!exact()) {
      throw new IllegalStateException("search " + query + " is not exact");
    }
    return parts.get(0);
  }

  /**
   * The pattern for SQL {@code LIKE ... ESCAPE 'escape'}: {@code *} becomes {@code %}, and a
   * literal {@code %}, {@code _} or escape is preceded by escape. Literal parts keep their case;
   * for a case-insensitive search compare both sides in one case.
   */
  public String toSqlLike(char escape) {
    if (escape == '%' || escape == '_') {
      throw new IllegalArgumentException("the LIKE escape cannot be " + escape);
    }
    StringBuilder like = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        like.append('%');
      }
      for (char c : parts.get(i).toCharArray()) {
        if (c == '%' || c == '_' || c == escape) {
          like.append(escape);
        }
        like.append(c);
      }
    }
    return like.toString();
  }

  /**
   * The same pattern for identifier fields: literal parts normalized like identifiers (spaces, dots
   * and dashes removed, upper case) and case-insensitive, so {@code 556036-0793} finds {@code
   * 5560360793}. When normalizing would leave nothing to search for (e.g. {@code *---*}), the parts
   * are only upper-cased, so the pattern cannot widen to match everything.
   */
  public SearchPattern forIdentifiers() {
    List<String> normalized = new ArrayList<>();
    List<String> upper = new ArrayList<>();
    for (String part : parts) {
      normalized.add(part.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT));
      upper.add(part.toUpperCase(Locale.ROOT));
    }
    List<String> merged = merged(normalized);
    boolean meaningful = merged.stream().anyMatch(part -> !part.isEmpty());
    return new SearchPattern(query, false, meaningful ? merged : upper);
  }

  /** The original text of the query. */
  public String query() {
    return query;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SearchPattern that
        && caseSensitive == that.caseSensitive
        && parts.equals(that.parts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(caseSensitive, parts);
  }

  @Override
  public String toString() {
    return query;
  }
}
