package com.routebook.adapter.persistence.search;

import com.routebook.adapter.persistence.support.Dialect;
import com.routebook.adapter.persistence.support.NativeSql;
import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * What both searches share: the dialect of their datasource, the page and total around the hits
 * ({@code hit(id, name)}), and reading the statement's rows.
 */
final class SearchStatements {

  private final DataSource dataSource;

  SearchStatements(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  Dialect dialect() {
    return Dialect.ofDataSource(dataSource);
  }

  /**
   * Appends the page of the hits and their total after {@code WITH hit AS (...)}: {@code t(total)}
   * and {@code pg(id, name)}, one page sorted by name (code point order) then id. The caller
   * selects from {@code t LEFT JOIN pg ON TRUE}, so the total comes back even for a page past the
   * end (one row with nulls).
   */
  NativeSql pageOfHits(NativeSql sql, PageRequest page) {
    sql.sql(", t AS (SELECT COUNT(*) AS total FROM hit)");
    sql.sql(", pg AS (SELECT hit.id, hit.name FROM hit ORDER BY ")
        .sql(dialect().binary("hit.name"))
        .sql(", hit.id");
    return paged(sql, page).sql(")");
  }

  /** Appends {@code OFFSET ... FETCH NEXT ...} for the page. */
  static NativeSql paged(NativeSql sql, PageRequest page) {
    return sql.sql(" OFFSET ")
        .value(page.offset())
        .sql(" ROWS FETCH NEXT ")
        .value(page.size())
        .sql(" ROWS ONLY");
  }

  /** Runs the statement and reads its rows; the first column of every row is the total. */
  <T> Result<T> query(NativeSql sql, RowReader<T> reader) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = sql.prepare(connection);
        ResultSet rows = statement.executeQuery()) {
      long total = 0;
      List<T> items = new ArrayList<>();
      while (rows.next()) {
        total = rows.getLong(1);
        if (rows.getString(2) != null) {
          items.add(reader.read(rows));
        }
      }
      return new Result<>(items, total);
    } catch (SQLException e) {
      throw new IllegalStateException("search failed: " + e.getMessage(), e);
    }
  }

  /** The strings of an array column, in order ({@code null}: none). */
  static List<String> strings(ResultSet rows, int column) throws SQLException {
    Array array = rows.getArray(column);
    if (array == null) {
      return List.of();
    }
    try {
      Object[] values = (Object[]) array.getArray();
      List<String> strings = new ArrayList<>(values.length);
      for (Object value : values) {
        strings.add((String) value);
      }
      return strings;
    } finally {
      array.free();
    }
  }

  /** Reads one row of a page. */
  @FunctionalInterface
  interface RowReader<T> {
    T read(ResultSet rows) throws SQLException;
  }

  /** The rows of a page and the total over all pages. */
  record Result<T>(List<T> items, long total) {

    /**
     * The page of the request. Its total is at least the rows before the page and on it: the count
     * and the page are two parts of one statement, and H2 most likely read each from what was
     * committed when it got to that part: a full run of the system tests on H2 once answered a
     * count of 0 beside a page of 50 rows (not reproduced alone). PostgreSQL reads a statement from
     * one snapshot.
     */
    Page<T> page(PageRequest request) {
      long seen = items.isEmpty() ? 0 : request.offset() + items.size();
      return new Page<>(items, request.page(), request.size(), Math.max(total, seen));
    }
  }
}
