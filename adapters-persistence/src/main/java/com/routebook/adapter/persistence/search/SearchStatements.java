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
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * What both searches share: the dialect of their datasource, the page and total around the hits
 * ({@code hit(id, name)}), and reading the statement's rows.
 *
 * <p>A search whose pattern compares every field by equality runs on its own pool (the server's
 * {@code jdbc/routebookEqualitySearch}), whose PostgreSQL sessions plan each statement once for
 * every value ({@code plan_cache_mode = force_generic_plan}, set when they connect); every other
 * search runs on the server's datasource, planned for its values.
 */
final class SearchStatements {

  private static final Logger LOG = Logger.getLogger(SearchStatements.class.getName());

  /** The setting an equality search needs on PostgreSQL, and its value there. */
  private static final String PLAN_CACHE_MODE = "plan_cache_mode";

  private static final String ONE_PLAN = "force_generic_plan";

  private final DataSource dataSource;
  private final DataSource equalityDataSource;
  private volatile Dialect dialect;

  /**
   * Whether the equality searches' sessions already plan once, by their own setting ({@code null}:
   * not asked yet). Every session of one pool connects with the same options, so one is asked.
   */
  private volatile Boolean equalitySessionsPlanOnce;

  /** Every search on the one datasource. */
  SearchStatements(DataSource dataSource) {
    this(dataSource, dataSource);
  }

  /** The equality searches on a datasource of their own. */
  SearchStatements(DataSource dataSource, DataSource equalityDataSource) {
    this.dataSource = dataSource;
    this.equalityDataSource = equalityDataSource;
  }

  Dialect dialect() {
    Dialect known = dialect;
    if (known == null) {
      known = Dialect.ofDataSource(dataSource);
      dialect = known;
    }
    return known;
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
   * case-sensitive), so one plan serves every value. On PostgreSQL the statement then runs in a
   * session that plans it once ({@code plan_cache_mode = force_generic_plan}): PostgreSQL otherwise
   * planned the statement anew for each value, because its generic plan's estimate came out above
   * the plans made for values: on the bench's 1,000,000 customers, 4.5 ms of planning for 1.2 ms of
   * execution, and pgbench's customer-number search took 3.39 ms on average against 0.30 ms with
   * one plan. The equality searches' own pool sets it when its sessions connect; a datasource whose
   * sessions do not (one datasource for every search, as in the tests outside the server) gets it
   * set before the statement and reset after, two more round trips. A pattern with a wildcard keeps
   * a plan per value: a prefix is served by a B-tree only when the planner sees it.
   */
  <T> Result<T> query(NativeSql sql, RowReader<T> reader, boolean equalitiesOnly) {
    DataSource source = equalitiesOnly ? equalityDataSource : dataSource;
    try (Connection connection = source.getConnection()) {
      boolean setHere =
          equalitiesOnly && dialect() == Dialect.POSTGRESQL && !sessionsPlanOnce(connection);
      if (setHere) {
        session(connection, "SET " + PLAN_CACHE_MODE + " = " + ONE_PLAN);
      }
      Exception failed = null;
      try {
        return read(sql, reader, connection);
      } catch (SQLException | RuntimeException e) {
        failed = e;
        throw e;
      } finally {
        if (setHere) {
          reset(connection, failed);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("search failed: " + e.getMessage(), e);
    }
  }

  /**
   * Whether the equality searches' sessions plan once by their own setting: asked of the first
   * session borrowed, then known.
   */
  private boolean sessionsPlanOnce(Connection connection) throws SQLException {
    Boolean known = equalitySessionsPlanOnce;
    if (known == null) {
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SHOW " + PLAN_CACHE_MODE)) {
        known = rows.next() && ONE_PLAN.equals(rows.getString(1));
      }
      equalitySessionsPlanOnce = known;
      if (!known && equalityDataSource != dataSource) {
        LOG.warning(
            "the equality searches' sessions do not connect with "
                + PLAN_CACHE_MODE
                + "="
                + ONE_PLAN
                + ": it is set around each of them, two more round trips a search");
      }
    }
    return known;
  }

  private static <T> Result<T> read(NativeSql sql, RowReader<T> reader, Connection connection)
      throws SQLException {
    try (PreparedStatement statement = sql.prepare(connection);
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
    }
  }

  /**
   * Resets the plan cache mode of the session. After a failed statement a failed reset is added to
   * that failure rather than hiding it: inside a transaction PostgreSQL refuses any statement once
   * one failed, and its rollback undoes the setting anyway.
   */
  private static void reset(Connection connection, Exception failed) throws SQLException {
    try {
      session(connection, "RESET " + PLAN_CACHE_MODE);
    } catch (SQLException refused) {
      if (failed == null) {
        throw refused;
      }
      failed.addSuppressed(refused);
    }
  }

  private static void session(Connection connection, String setting) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(setting);
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
