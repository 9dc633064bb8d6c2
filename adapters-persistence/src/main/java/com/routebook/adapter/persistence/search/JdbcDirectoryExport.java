package com.routebook.adapter.persistence.search;

import com.routebook.adapter.persistence.support.Dialect;
import com.routebook.adapter.persistence.support.NativeSql;
import com.routebook.application.port.out.DirectoryExport;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.search.SearchPattern;
import com.routebook.domain.tenant.TenantId;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The export's rows in one statement, read through a cursor: the connection leaves auto-commit off
 * so that PostgreSQL's driver fetches {@value #FETCH} rows at a time instead of the whole result
 * (H2 keeps a large result on disk); each row goes to the sink as soon as it is read, and nothing
 * collects them. The rows and their order are those of {@link JdbcDirectorySearch} for the same
 * search, state filter, sort and language (its statement's parts and order are shared); every part
 * of the statement names the tenant.
 */
@ApplicationScoped
public class JdbcDirectoryExport implements DirectoryExport {

  /** Rows fetched per round trip. */
  static final int FETCH = 5_000;

  @Resource(lookup = "jdbc/routebook")
  private DataSource dataSource;

  private final NameOrder names = new NameOrder(() -> dataSource);

  /** For CDI. */
  public JdbcDirectoryExport() {}

  /** With a datasource of the caller's (tests and the benchmark). */
  public JdbcDirectoryExport(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void forEach(TenantId tenantId, Selection selection, Consumer<ExportRow> sink) {
    NativeSql sql = statement(tenantId, selection);
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try (PreparedStatement statement = sql.prepare(connection)) {
        statement.setFetchSize(FETCH);
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            sink.accept(row(rows));
          }
        }
      } finally {
        connection.rollback();
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("export failed: " + e.getMessage(), e);
    }
  }

  /**
   * The one statement of an export: the hits of the search (when it has a pattern that does not
   * match everything) as {@link JdbcDirectorySearch} finds them, else the tenant's customers the
   * state filter shows, in the search's order for the same sort and language.
   */
  NativeSql statement(TenantId tenantId, Selection selection) {
    String tenant = tenantId.value();
    SearchPattern pattern = selection.pattern();
    NativeSql sql = new NativeSql();
    boolean filtered = pattern != null && !pattern.matchesEverything();
    if (filtered) {
      sql.sql("WITH hit AS (");
      JdbcDirectorySearch.selected(sql, tenant, pattern, selection.state());
      sql.sql(") ");
    }
    sql.sql(
        "SELECT c.id, p.name, p.id, p.e_address,"
            + " (SELECT i.normalized_value FROM participant_identifier i"
            + " WHERE i.participant_id = p.id AND i.scheme = 'ORGANIZATION_NUMBER'"
            + " ORDER BY i.position FETCH FIRST 1 ROWS ONLY),"
            + " (SELECT i.normalized_value FROM participant_identifier i"
            + " WHERE i.participant_id = p.id AND i.scheme = 'VAT'"
            + " ORDER BY i.position FETCH FIRST 1 ROWS ONLY),"
            + " (SELECT ARRAY_AGG(n.number ORDER BY n.position) FROM customer_number n"
            + " WHERE n.tenant_id = c.tenant_id AND n.customer_id = c.id),"
            + " c.service_provider_id, c.state"
            + " FROM customer c JOIN participant p ON p.id = c.participant_id");
    if (filtered) {
      sql.sql(" JOIN hit h ON h.id = c.id");
    }
    sql.sql(" WHERE c.tenant_id = ").value(tenant);
    if (!filtered) {
      JdbcDirectorySearch.state(sql, selection.state());
    }
    sql.sql(" ORDER BY ")
        .sql(
            JdbcDirectorySearch.order(
                names,
                selection.sort(),
                selection.language(),
                "c",
                "p.name",
                "c.id",
                Dialect.ofDataSource(dataSource)));
    return sql;
  }

  private static ExportRow row(ResultSet rows) throws SQLException {
    return new ExportRow(
        rows.getString(1),
        rows.getString(2),
        rows.getString(3),
        rows.getString(4),
        rows.getString(5),
        rows.getString(6),
        SearchStatements.strings(rows, 7),
        rows.getString(8),
        CustomerState.valueOf(rows.getString(9)));
  }
}
