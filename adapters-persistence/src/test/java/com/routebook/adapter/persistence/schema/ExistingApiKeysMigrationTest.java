package com.routebook.adapter.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.adapter.persistence.testing.DatabaseKind;
import com.routebook.adapter.persistence.testing.OnEachDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * The keys made before scopes existed were full editors: after V11 and V11_1 they route, read and
 * change the directory, but do not manage keys; they never expire. Run in a schema of its own on
 * each database, migrated to the version before V11 first and then to the end.
 */
@OnEachDatabase
class ExistingApiKeysMigrationTest {

  private static final String SCHEMA = "KEYS_MIGRATION_TEST";

  @Parameter DatabaseKind kind;

  private Flyway flyway(String target) {
    return Flyway.configure()
        .dataSource(dataSource())
        .locations("classpath:db/migration/" + kind.database().kind())
        .schemas(schema())
        .createSchemas(true)
        .cleanDisabled(false)
        .target(target)
        .load();
  }

  private DataSource dataSource() {
    return kind.database().rawDataSource();
  }

  private String schema() {
    return kind == DatabaseKind.H2 ? SCHEMA : SCHEMA.toLowerCase();
  }

  @AfterEach
  void dropSchema() throws SQLException {
    try (Connection connection = dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema() + " CASCADE");
    }
  }

  @Test
  void an_existing_key_keeps_routing_and_the_directory_and_gets_no_keys_scope()
      throws SQLException {
    dropSchema();
    // the last version before V11 in each location
    flyway(kind == DatabaseKind.H2 ? "8" : "10").migrate();
    try (Connection connection = dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "INSERT INTO "
              + schema()
              + ".tenant (id, name, created_at)"
              + " VALUES ('t-old', 'Old', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00')");
      statement.execute(
          "INSERT INTO "
              + schema()
              + ".api_key (id, tenant_id, name, secret_hash, created_at)"
              + " VALUES ('k-old', 't-old', 'ERP', '"
              + "0".repeat(64)
              + "', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00')");
    }

    flyway("latest").migrate();

    try (Connection connection = dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT scopes, expires_at FROM " + schema() + ".api_key WHERE id = 'k-old'")) {
      assertThat(row.next()).isTrue();
      assertThat(row.getString(1)).isEqualTo("ROUTING,DIRECTORY_READ,DIRECTORY_WRITE");
      assertThat(row.getObject(2)).isNull();
    }
  }
}
