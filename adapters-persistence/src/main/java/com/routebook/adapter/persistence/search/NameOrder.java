package com.routebook.adapter.persistence.search;

import com.routebook.adapter.persistence.support.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * How names are ordered in a language. PostgreSQL: the language's ICU collation ({@code
 * "sv-x-icu"}, {@code "en-x-icu"}, ...; the root {@code "und-x-icu"} for a language it has none of;
 * code point order without ICU). H2 has no collation per expression: {@code NAME_KEY(language,
 * name)}, a Java function of the h2-functions jar declared by migration V15, is the key of {@code
 * java.text.Collator} of the language with case ignored, so H2 orders exactly as that collator
 * (Swedish Å, Ä, Ö after Z). The language is passed as its primary subtag only, so that the
 * function keeps at most one collator per language. Without a language: code point order, as
 * before.
 */
final class NameOrder {

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

  private final Supplier<DataSource> dataSource;
  private final Map<String, String> collations = new ConcurrentHashMap<>();

  NameOrder(Supplier<DataSource> dataSource) {
    this.dataSource = dataSource;
  }

  /** The expression that orders the text column in the language ({@code null}: code point). */
  String orderBy(String column, String language, Dialect dialect) {
    if (language == null) {
      return dialect.binary(column);
    }
    String primary = primary(language);
    if (dialect == Dialect.H2) {
      // primary() is letters only: safe inside the literal
      return "NAME_KEY('" + primary + "', " + column + ")";
    }
    String collation = collations.computeIfAbsent(primary, this::collationOf);
    return collation.isEmpty() ? dialect.binary(column) : column + " COLLATE \"" + collation + "\"";
  }

  /** The primary language subtag, lower case; {@code und} when there is none. */
  static String primary(String language) {
    String primary = language.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    return LANGUAGE.matcher(primary).matches() ? primary : "und";
  }

  /** The ICU collation PostgreSQL has for the language, else the root one, else none (""). */
  private String collationOf(String primary) {
    try (Connection connection = dataSource.get().getConnection();
        PreparedStatement find =
            connection.prepareStatement(
                "SELECT collname FROM pg_collation WHERE collname IN (?, 'und-x-icu')"
                    + " ORDER BY CASE WHEN collname = 'und-x-icu' THEN 1 ELSE 0 END")) {
      find.setString(1, primary + "-x-icu");
      try (ResultSet rows = find.executeQuery()) {
        return rows.next() ? rows.getString(1) : "";
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading the collations failed: " + e.getMessage(), e);
    }
  }
}
