package com.routebook.adapter.persistence.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.adapter.persistence.support.NativeSql;
import com.routebook.adapter.persistence.testing.TestDatabase;
import com.routebook.domain.search.SearchPattern;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A search whose pattern compares by equality runs on PostgreSQL with one plan for every value
 * ({@code plan_cache_mode = force_generic_plan}) and leaves the pooled session as it found it, also
 * when its statement fails (in a transaction, the failure it tells is the statement's own); any
 * other search runs with the session's own setting. On the equality searches' own pool, whose
 * sessions connect with that setting (as the server's does), the statement is sent alone.
 */
class OnePlanForEqualitiesTest {

  private Connection connection;
  private SearchStatements statements;

  @BeforeEach
  void oneSession() throws SQLException {
    connection = TestDatabase.postgresql().rawDataSource().getConnection();
    statements = new SearchStatements(sameSession(connection));
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  @Test
  void only_an_exact_case_sensitive_pattern_compares_by_equality_alone() {
    assertThat(SearchStatements.equalitiesOnly(SearchPattern.parse("N424242", true))).isTrue();
    assertThat(SearchStatements.equalitiesOnly(SearchPattern.parse("N424242", false))).isFalse();
    assertThat(SearchStatements.equalitiesOnly(SearchPattern.parse("Acme*", true))).isFalse();
    assertThat(SearchStatements.equalitiesOnly(SearchPattern.parse("*cme*", true))).isFalse();
    assertThat(SearchStatements.equalitiesOnly(null)).isFalse();
  }

  @Test
  void an_equality_search_runs_with_one_plan_and_the_session_is_reset_after() throws SQLException {
    assertThat(modeDuring(true)).isEqualTo("force_generic_plan");
    assertThat(sessionMode()).isEqualTo("auto");
  }

  @Test
  void any_other_search_runs_with_the_sessions_own_setting() throws SQLException {
    assertThat(modeDuring(false)).isEqualTo("auto");
    assertThat(sessionMode()).isEqualTo("auto");
  }

  @Test
  void a_failed_equality_search_leaves_the_session_reset_too() throws SQLException {
    NativeSql failing = new NativeSql().sql("SELECT 1 / ").value(0);
    assertThatThrownBy(() -> statements.query(failing, rows -> rows.getString(2), true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("search failed");
    assertThat(sessionMode()).isEqualTo("auto");
  }

  @Test
  void in_a_transaction_a_failed_search_tells_its_own_failure_and_the_rollback_undoes_the_setting()
      throws SQLException {
    connection.setAutoCommit(false);
    NativeSql failing = new NativeSql().sql("SELECT 1 / ").value(0);
    assertThatThrownBy(() -> statements.query(failing, rows -> rows.getString(2), true))
        .hasMessageContaining("division by zero");
    connection.rollback();
    connection.setAutoCommit(true);
    assertThat(sessionMode()).isEqualTo("auto");
  }

  @Test
  void on_sessions_that_plan_once_already_an_equality_search_sends_its_statement_alone()
      throws SQLException {
    DataSource planOnce =
        TestDatabase.postgresql().rawDataSource("-c plan_cache_mode=force_generic_plan");
    try (Connection equalitySession = planOnce.getConnection()) {
      List<String> made = new ArrayList<>();
      statements =
          new SearchStatements(sameSession(connection), sameSession(equalitySession, made));
      assertThat(modeDuring(true)).isEqualTo("force_generic_plan");
      assertThat(made).as("the first asks the pool's setting").hasSize(2);

      made.clear();
      assertThat(modeDuring(true)).isEqualTo("force_generic_plan");
      assertThat(modeDuring(true)).isEqualTo("force_generic_plan");
      assertThat(made).containsExactly("prepareStatement", "prepareStatement");
      assertThat(modeDuring(false)).isEqualTo("auto");
      assertThat(made).as("any other search runs on the other datasource").hasSize(2);
    }
  }

  @Test
  void an_equality_pool_whose_sessions_plan_per_value_gets_the_setting_around_each_search()
      throws SQLException {
    try (Connection equalitySession = TestDatabase.postgresql().rawDataSource().getConnection()) {
      List<String> made = new ArrayList<>();
      statements =
          new SearchStatements(sameSession(connection), sameSession(equalitySession, made));
      modeDuring(true);
      made.clear();
      assertThat(modeDuring(true)).isEqualTo("force_generic_plan");
      assertThat(made).containsExactly("createStatement", "prepareStatement", "createStatement");
      assertThat(modeOf(equalitySession)).isEqualTo("auto");
    }
  }

  private String modeDuring(boolean equalitiesOnly) {
    NativeSql sql =
        new NativeSql()
            .sql("SELECT 1 AS total, current_setting('plan_cache_mode') WHERE 1 = ")
            .value(1);
    return statements.query(sql, rows -> rows.getString(2), equalitiesOnly).items().get(0);
  }

  private String sessionMode() throws SQLException {
    return modeOf(connection);
  }

  private static String modeOf(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SHOW plan_cache_mode")) {
      rows.next();
      return rows.getString(1);
    }
  }

  /** A datasource handing out the one session, which its users' close leaves open. */
  private static DataSource sameSession(Connection session) {
    return sameSession(session, new ArrayList<>());
  }

  /**
   * The same, recording the statements made on the session: {@code createStatement} (a setting, a
   * question) and {@code prepareStatement} (the search's statement).
   */
  private static DataSource sameSession(Connection session, List<String> made) {
    Connection unclosable =
        proxy(
            Connection.class,
            (method, args) -> {
              if (method.getName().equals("close")) {
                return null;
              }
              if (method.getName().endsWith("Statement")) {
                made.add(method.getName());
              }
              return method.invoke(session, args);
            });
    return proxy(
        DataSource.class,
        (method, args) -> {
          if (!method.getName().equals("getConnection")) {
            throw new UnsupportedOperationException(method.getName());
          }
          return unclosable;
        });
  }

  /** A proxy of the interface: its own identity, every other method answered by call. */
  private static <T> T proxy(Class<T> type, Call call) {
    return type.cast(
        Proxy.newProxyInstance(
            OnePlanForEqualitiesTest.class.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "hashCode":
                  return System.identityHashCode(proxy);
                case "equals":
                  return proxy == args[0];
                case "toString":
                  return type.getSimpleName() + " of one session";
                default:
                  break;
              }
              try {
                return call.invoke(method, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            }));
  }

  @FunctionalInterface
  private interface Call {
    Object invoke(Method method, Object[] args) throws Exception;
  }
}
