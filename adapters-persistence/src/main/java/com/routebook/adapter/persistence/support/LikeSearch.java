package com.routebook.adapter.persistence.support;

import com.routebook.domain.search.SearchPattern;
import java.util.Locale;

/**
 * A {@link SearchPattern} translated for SQL: {@code LIKE ... ESCAPE '\'} (or {@code ILIKE} when
 * the search ignores case, which both PostgreSQL and H2 understand and PostgreSQL's trigram indexes
 * serve), with the variants for identifiers (normalized, upper case like the stored values) and
 * E-addresses (stored upper case, compared without regard to case).
 */
public final class LikeSearch {

  /** The escape character of every pattern. */
  public static final char ESCAPE = '\\';

  /** The shortest literal run an index of trigrams can find (pg_trgm's trigrams). */
  public static final int TRIGRAM = 3;

  private final SearchPattern pattern;

  public LikeSearch(SearchPattern pattern) {
    this.pattern = pattern;
  }

  /**
   * Whether the indexes can serve the pattern: an exact one by B-tree, a wildcard one by trigrams
   * when one of its literal runs has at least {@value #TRIGRAM} characters. Any other (e.g. {@code
   * *AB*}) is matched by reading the rows in scope.
   */
  public static boolean indexable(SearchPattern pattern) {
    return pattern.exact() || pattern.longestLiteral() >= TRIGRAM;
  }

  /**
   * Appends {@code column LIKE ?} (or ILIKE) for a text field compared as the user asked; a
   * case-sensitive query without a wildcard is an equality, which B-tree indexes serve.
   */
  public NativeSql text(NativeSql sql, String column) {
    if (pattern.exact() && pattern.caseSensitive()) {
      return sql.sql(column).sql(" = ").value(pattern.exactValue());
    }
    return sql.sql(column)
        .sql(pattern.caseSensitive() ? " LIKE " : " ILIKE ")
        .value(pattern.toSqlLike(ESCAPE))
        .sql(" ESCAPE '\\'");
  }

  /**
   * Appends the condition on a normalized identifier column: the identifier form of the pattern,
   * or, for E-addresses, the pattern upper-cased as typed (E-addresses keep dots and dashes).
   */
  public NativeSql identifier(NativeSql sql, String valueColumn, String schemeColumn) {
    SearchPattern identifiers = pattern.forIdentifiers();
    if (identifiers.exact()) {
      return sql.sql("(")
          .sql(valueColumn)
          .sql(" = ")
          .value(identifiers.exactValue())
          .sql(" OR (")
          .sql(schemeColumn)
          .sql(" = 'E_ADDRESS' AND ")
          .sql(valueColumn)
          .sql(" = ")
          .value(pattern.exactValue().toUpperCase(Locale.ROOT))
          .sql("))");
    }
    sql.sql("(")
        .sql(valueColumn)
        .sql(" LIKE ")
        .value(pattern.forIdentifiers().toSqlLike(ESCAPE))
        .sql(" ESCAPE '\\' OR (")
        .sql(schemeColumn)
        .sql(" = 'E_ADDRESS' AND ")
        .sql(valueColumn)
        .sql(" LIKE ")
        .value(pattern.toSqlLike(ESCAPE).toUpperCase(Locale.ROOT))
        .sql(" ESCAPE '\\'))");
    return sql;
  }
}
