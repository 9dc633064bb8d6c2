package com.routebook.adapter.persistence.search;

import com.routebook.adapter.persistence.support.Dialect;
import com.routebook.adapter.persistence.support.NativeSql;
import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.domain.search.SearchPattern;
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

  /** Whether the pattern compares every field by equality: exact and case-sensitive. */
  static boolean equalitiesOnly(SearchPattern pattern) {
    return pattern != null && pattern.exact() && pattern.caseSensitive();
  }

  /** Appends {@code OFFSET ... FETCH NEXT ...} for the page. */
  static NativeSql paged(NativeSql sql, PageRequest page) {
    return sql.sql(" OFFSET ")
        .value(page.offset())
        .sql(" ROWS FETCH NEXT ")
        .value(page.size())
        .sql(" ROWS ONLY");
  }

  /**
   * Runs the statement and reads its rows; the first column of every row is the total.
   *
   * <p>{@code equalitiesOnly}: the pattern compares every field by equality (exact and
   * case-sensitive), so one plan serves every value. On PostgreSQL the statement is then run with
   * {@code plan_cache_mode = force_generic_plan}, reset after (see {@link #ONE_PLAN}). PostgreSQL
   * otherwise planned the statement anew for each value, because its generic plan's estimate came
   * out above the plans made for values: on the bench's 1,000,000 customers, 4.5 ms of planning for
   * 1.2 ms of execution, and pgbench's customer-number search took 3.39 ms on average against 0.30
   * ms with one plan. A pattern with a wildcard keeps a plan per value: a prefix is served by a
   * B-tree only when the planner sees it.
   */
  <T> Result<T> query(NativeSql sql, RowReader<T> reader, boolean equalitiesOnly) {
    try (Connection connection = dataSource.getConnection()) {
      if (equalitiesOnly && dialect() == Dialect.POSTGRESQL) {
        return read(sql.between(ONE_PLAN, RESET), reader, connection);
      }
      return read(sql, reader, connection);
    } catch (SQLException e) {
      throw new IllegalStateException("search failed: " + e.getMessage(), e);
    }
  }

  /**
   * The setting before a search with one plan: sent with the search and the reset after it as one
   * multi-statement, which PostgreSQL's driver sends in one exchange (one {@code Sync}), so the
   * three cost one round trip, not three (pgjdbc on the bench data: 0.34-0.40 ms a search against
   * 0.41-0.57 ms sent one by one). Until the {@code Sync} they run in one implicit transaction:
   * when the search fails, the setting is rolled back with it; in the caller's transaction, that
   * transaction's rollback undoes it. The search keeps its one plan (planned for each value it
   * would take milliseconds, as above).
   */
  private static final String ONE_PLAN = "SET plan_cache_mode = force_generic_plan; ";

  /** The reset after a search with one plan. */
  private static final String RESET = "; RESET plan_cache_mode";

  /** Runs the statement, or the statements of which one answers rows, and reads those rows. */
  private static <T> Result<T> read(NativeSql sql, RowReader<T> reader, Connection connection)
      throws SQLException {
    try (PreparedStatement statement = sql.prepare(connection)) {
      boolean answersRows = statement.execute();
      while (!answersRows) {
        if (statement.getUpdateCount() == -1) {
          throw new SQLException("the search answered no rows");
        }
        answersRows = statement.getMoreResults();
      }
      try (ResultSet rows = statement.getResultSet()) {
        long total = 0;
        List<T> items = new ArrayList<>();
        while (rows.next()) {
          total = rows.getLong(1);
          if (rows.getString(2) != null) {
            items.add(reader.read(rows));
          }
        }
        return new Result<>(items, total);
      }
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
