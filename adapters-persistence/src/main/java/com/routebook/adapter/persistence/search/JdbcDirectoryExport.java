package com.routebook.adapter.persistence.search;

import com.routebook.adapter.persistence.support.CopyText;
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
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The export's rows in one statement, each handed to the sink as soon as it is read, none
 * collected. On PostgreSQL the statement runs as {@code COPY (query) TO STDOUT}: its rows stream as
 * the server makes them, and the server plans it as a whole result, so the joins and the sort run
 * on parallel workers (a cursor's plan never has any). Measured on 1,000,000 customers, quiet
 * 2-core machine: 12.3 s through a cursor of {@value #FETCH} rows, 7.0 s as COPY. The statement's
 * values are then written in as literals, quoted by the driver ({@link CopyText#literal}). On H2 a
 * cursor: auto-commit is off so that the driver fetches {@value #FETCH} rows at a time (H2 keeps a
 * large result on disk). The rows and their order are those of {@link JdbcDirectorySearch} for the
 * same search, state filter, sort and language (its statement's parts and order are shared); every
 * part of the statement names the tenant.
 *
 * <p>Identifiers and customer numbers come in by joins, not by a sub-select per customer: for a
 * whole directory of 1,000,000 customers the three sub-selects were four index probes per row and
 * most of the export's time (about 85 of 96 seconds of the statement on a loaded machine; the sort
 * by name in the language the rest); joined, PostgreSQL hashes the tables once. A customer with
 * several numbers then comes as several rows in a row, put together again here.
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
    Dialect dialect = Dialect.ofDataSource(dataSource);
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        Rows rows = new Rows(sink);
        if (dialect == Dialect.POSTGRESQL) {
          CopyText.copyOut(
              connection,
              sql.inlined(value -> CopyText.literal(connection, value)),
              fields -> rows.next(column -> fields[column - 1]));
        } else {
          try (PreparedStatement statement = sql.prepare(connection)) {
            statement.setFetchSize(FETCH);
            try (ResultSet result = statement.executeQuery()) {
              while (result.next()) {
                rows.next(result::getString);
              }
            }
          }
        }
        rows.end();
      } finally {
        connection.rollback();
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("export failed: " + e.getMessage(), e);
    }
  }

  /** A row of the statement: its columns as text, by position from 1. */
  @FunctionalInterface
  private interface Row {
    String text(int column) throws SQLException;
  }

  /** Puts each customer's joined rows together again and hands the customer to the sink. */
  private static final class Rows {
    private final Consumer<ExportRow> sink;
    private Customer customer;

    Rows(Consumer<ExportRow> sink) {
      this.sink = sink;
    }

    void next(Row row) {
      try {
        String id = row.text(1);
        if (customer == null || !customer.id.equals(id)) {
          end();
          customer = new Customer(id, row);
        } else {
          customer.more(row);
        }
      } catch (SQLException e) {
        throw new IllegalStateException("export failed: " + e.getMessage(), e);
      }
    }

    void end() {
      if (customer != null) {
        sink.accept(customer.row());
        customer = null;
      }
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
        "SELECT c.id, p.name, p.id, p.e_address, o.normalized_value, v.normalized_value,"
            + " n.number, n.position, c.service_provider_id, c.state"
            + " FROM customer c JOIN participant p ON p.id = c.participant_id");
    if (filtered) {
      sql.sql(" JOIN hit h ON h.id = c.id");
    }
    sql.sql(
            " LEFT JOIN participant_identifier o ON o.participant_id = p.id"
                + " AND o.scheme = 'ORGANIZATION_NUMBER'"
                + " LEFT JOIN participant_identifier v ON v.participant_id = p.id AND v.scheme = 'VAT'"
                + " LEFT JOIN customer_number n ON n.tenant_id = c.tenant_id AND n.customer_id = c.id")
        .sql(" WHERE c.tenant_id = ")
        .value(tenant);
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
                Dialect.ofDataSource(dataSource)))
        .sql(", o.position, v.position, n.position");
    return sql;
  }

  /**
   * One customer's joined rows: they come one after the other (the order ends with the customer's
   * id), by the organization number's position, the VAT number's, then the customer number's. The
   * first row has the first organization and VAT numbers; its numbers are the customer's in order,
   * and the rows of a later identifier repeat them (the position starts again).
   */
  private static final class Customer {
    private final String id;
    private final String name;
    private final String participantId;
    private final String eAddress;
    private final String organizationNumber;
    private final String vatNumber;
    private final String serviceProviderId;
    private final String state;
    private final List<String> numbers = new ArrayList<>(2);
    private int lastPosition = -1;
    private boolean numbersDone;

    Customer(String id, Row row) throws SQLException {
      this.id = id;
      this.name = row.text(2);
      this.participantId = row.text(3);
      this.eAddress = row.text(4);
      this.organizationNumber = row.text(5);
      this.vatNumber = row.text(6);
      this.serviceProviderId = row.text(9);
      this.state = row.text(10);
      more(row);
    }

    void more(Row row) throws SQLException {
      if (numbersDone) {
        return;
      }
      String number = row.text(7);
      if (number == null) {
        numbersDone = true;
        return;
      }
      int position = Integer.parseInt(row.text(8));
      if (position <= lastPosition) {
        numbersDone = true; // the next identifier's rows: the same numbers again
      } else {
        numbers.add(number);
        lastPosition = position;
      }
    }

    ExportRow row() {
      return new ExportRow(
          id,
          name,
          participantId,
          eAddress,
          organizationNumber,
          vatNumber,
          numbers,
          serviceProviderId,
          CustomerState.valueOf(state));
    }
  }
}
