package com.routebook.adapter.persistence.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database the adapter's tests run on, migrated once per test run with the application's own
 * Flyway scripts and emptied before each test. PostgreSQL comes from {@code ROUTEBOOK_PG_URL},
 * {@code ROUTEBOOK_PG_USER}, {@code ROUTEBOOK_PG_PASSWORD}; when it cannot be reached the tests are
 * skipped, or fail when {@code ROUTEBOOK_POSTGRES_REQUIRED=true}.
 *
 * <p>PostgreSQL's connections come from a pool, as they do in the server: a new connection is a new
 * backend (a process, the password exchange, catalog caches filled again by its first statements),
 * which cost the export's contract test, about a thousand statements, 30 of its 32 seconds.
 */
public final class TestDatabase {

  /**
   * Every table of the schema, children first, so that deleting in this order never breaks a key.
   */
  private static final List<String> TABLES =
      List.of(
          "sign_in_failure",
          "security_event",
          "api_key_use",
          "directory_alert",
          "directory_import_row",
          "directory_import",
          "audit_entry",
          "stopped_document_key",
          "document",
          "customer_number",
          "customer",
          "participant_identifier",
          "participant_provider",
          "participant",
          "service_provider",
          "tenant_setting",
          "api_key",
          "app_user",
          "tenant");

  private static TestDatabase h2;
  private static TestDatabase postgresql;

  /** The most PostgreSQL connections the tests hold at once (racing tests take several). */
  private static final int POOL_SIZE = 8;

  private final String kind;
  private final DataSource dataSource;
  private final DataSource pooled;
  private final AtomicInteger statements = new AtomicInteger();
  private final DataSource counting;

  private TestDatabase(String kind, DataSource dataSource, DataSource pooled) {
    this.kind = kind;
    this.dataSource = dataSource;
    this.pooled = pooled;
    this.counting = counting(pooled, statements);
  }

  /** The embedded H2 database (in memory, LEGACY mode as EclipseLink needs). */
  public static synchronized TestDatabase h2() {
    if (h2 == null) {
      JdbcDataSource ds = new JdbcDataSource();
      ds.setURL("jdbc:h2:mem:routebook-test;MODE=LEGACY;DB_CLOSE_DELAY=-1");
      ds.setUser("sa");
      ds.setPassword("");
      h2 = new TestDatabase("h2", ds, ds);
      h2.migrate(false);
    }
    return h2;
  }

  /** The PostgreSQL test database; aborts (skips) or fails the test when it cannot be reached. */
  public static synchronized TestDatabase postgresql() {
    if (postgresql == null) {
      String url = env("ROUTEBOOK_PG_URL", "jdbc:postgresql://localhost:5432/routebook_test");
      PGSimpleDataSource ds = new PGSimpleDataSource();
      ds.setUrl(url);
      ds.setUser(env("ROUTEBOOK_PG_USER", "routebook"));
      ds.setPassword(env("ROUTEBOOK_PG_PASSWORD", "routebook"));
      // A commit returns without waiting for its WAL record to reach the disk: nothing a test
      // sees changes (what was committed is visible at once, notifications included), only a
      // crash of the server could lose the last commits of a test database that is emptied
      // anyway. Most tests' statements are commits, each waiting for a flush otherwise.
      ds.setOptions("-c synchronous_commit=off");
      try (Connection connection = ds.getConnection()) {
        connection.isValid(2);
      } catch (SQLException unreachable) {
        String message =
            "\n*** PostgreSQL at "
                + url
                + " is not reachable ("
                + unreachable.getMessage()
                + "): the PostgreSQL persistence tests are "
                + (required() ? "FAILING" : "SKIPPED")
                + " (set ROUTEBOOK_POSTGRES_REQUIRED=true to make this a failure) ***\n";
        System.err.println(message);
        if (required()) {
          Assertions.fail(message, unreachable);
        }
        Assumptions.abort(message);
      }
      HikariConfig pool = new HikariConfig();
      pool.setDataSource(ds);
      pool.setPoolName("routebook-test");
      pool.setMaximumPoolSize(POOL_SIZE);
      pool.setMinimumIdle(1);
      TestDatabase database = new TestDatabase("postgresql", ds, new HikariDataSource(pool));
      database.migrate(true);
      postgresql = database;
    }
    return postgresql;
  }

  private static boolean required() {
    return "true".equalsIgnoreCase(System.getenv("ROUTEBOOK_POSTGRES_REQUIRED"));
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  /** Brings the schema to the scripts' state; the test database is rebuilt from scratch first. */
  private void migrate(boolean cleanFirst) {
    Flyway flyway =
        Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/migration/" + kind)
            .cleanDisabled(!cleanFirst)
            .failOnMissingLocations(true)
            .load();
    if (cleanFirst) {
      flyway.clean();
    }
    flyway.migrate();
  }

  /** Deletes every row. */
  public void empty() {
    try (Connection connection = pooled.getConnection();
        Statement statement = connection.createStatement()) {
      for (String table : TABLES) {
        statement.executeUpdate("DELETE FROM " + table);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot empty the test database", e);
    }
  }

  /** {@code h2} or {@code postgresql}. */
  public String kind() {
    return kind;
  }

  /** The data source, pooled, counting the statements prepared through it. */
  public DataSource dataSource() {
    return counting;
  }

  /**
   * The data source without counting or pool: each connection a new one, closed when closed (for a
   * {@code LISTEN} that must end with its test).
   */
  public DataSource rawDataSource() {
    return dataSource;
  }

  /**
   * A PostgreSQL data source like {@link #rawDataSource()} whose sessions connect with the given
   * options besides the tests' own (e.g. {@code -c plan_cache_mode=force_generic_plan}).
   */
  public DataSource rawDataSource(String sessionOptions) {
    if (!(dataSource instanceof PGSimpleDataSource given)) {
      throw new UnsupportedOperationException("session options on PostgreSQL only, not " + kind);
    }
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(given.getUrl());
    ds.setUser(given.getUser());
    ds.setPassword(given.getPassword());
    ds.setOptions(given.getOptions() + " " + sessionOptions);
    return ds;
  }

  /** How many statements were prepared so far. */
  public int statements() {
    return statements.get();
  }

  private static DataSource counting(DataSource target, AtomicInteger statements) {
    return (DataSource)
        Proxy.newProxyInstance(
            TestDatabase.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              Object result = invoke(method, target, args);
              if (result instanceof Connection connection) {
                return countingConnection(connection, statements);
              }
              return result;
            });
  }

  private static Connection countingConnection(Connection target, AtomicInteger statements) {
    return (Connection)
        Proxy.newProxyInstance(
            TestDatabase.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("prepareStatement")
                  || method.getName().equals("prepareCall")) {
                statements.incrementAndGet();
              }
              return invoke(method, target, args);
            });
  }

  private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
