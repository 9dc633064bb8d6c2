package com.routebook.adapter.persistence.search;

import com.routebook.adapter.persistence.support.Dialect;
import com.routebook.adapter.persistence.support.NativeSql;
import com.routebook.application.port.out.DirectoryExport;
import com.routebook.application.port.out.DirectorySearch.Sort;
import com.routebook.application.port.out.DirectorySearch.StateFilter;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.search.SearchPattern;
import com.routebook.domain.tenant.TenantId;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The export's rows in one statement, read through a cursor: the connection leaves auto-commit off
 * so that PostgreSQL's driver fetches {@value #FETCH} rows at a time instead of the whole result
 * (H2 keeps a large result on disk); each row goes to the sink as soon as it is read, and nothing
 * collects them. The rows and their order are those of {@link JdbcDirectorySearch} for the same
 * search, state filter, sort and language (its statement's parts and order are shared); every part
 * of the statement names the tenant.
 *
 * <p>On PostgreSQL the rows come from the read model {@code directory_entry} (migration V15): one
 * row per customer with its participant's name and E-address, first organization and VAT numbers
 * and its numbers in order, kept by triggers in the transaction that writes the directory. Its
 * covering indexes, one per collation the export orders names in ({@code en-x-icu}, {@code
 * sv-x-icu}, code point), hold every column an export line shows, so the whole directory of a
 * tenant is read by an index-only scan in the export's order, neither joined nor sorted. Measured
 * on a 2-core machine with 1,000,000 customers: the join of customer, participant, both identifiers
 * and the numbers with its sort in the ICU collation took 15 s (12 s of it the hash joins,
 * unsorted; forcing an index probe per customer instead, 109 s); a flat table read through a plain
 * index in that order 4.7 s (a random heap fetch per row); through the covering index after a
 * vacuum 1.25 s. A search pattern or a state filter on the participant joins the search's hits as
 * before; a sort by the last change joins {@code customer} for its {@code updated_at}.
 *
 * <p>H2 joins the tables as before: identifiers and customer numbers come in by joins, not by a
 * sub-select per customer; a customer with several numbers then comes as several rows in a row, put
 * together again here.
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
    boolean readModel = Dialect.ofDataSource(dataSource) == Dialect.POSTGRESQL;
    NativeSql sql = readModel ? entries(tenantId, selection) : statement(tenantId, selection);
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      if (readModel) {
        // The sub-select of the few long number lists is costed as if it ran on every row, so the
        // plan of a large tenant looks expensive enough for PostgreSQL to compile it (JIT, a few
        // hundred ms) for what is a plain index-only scan; off for this transaction only.
        try (Statement set = connection.createStatement()) {
          set.execute("SET LOCAL jit = off");
        }
      }
      try (PreparedStatement statement = sql.prepare(connection)) {
        statement.setFetchSize(FETCH);
        try (ResultSet rows = statement.executeQuery()) {
          if (readModel) {
            while (rows.next()) {
              sink.accept(entry(rows));
            }
            return;
          }
          Customer customer = null;
          while (rows.next()) {
            String id = rows.getString(1);
            if (customer == null || !customer.id.equals(id)) {
              if (customer != null) {
                sink.accept(customer.row());
              }
              customer = new Customer(id, rows);
            } else {
              customer.more(rows);
            }
          }
          if (customer != null) {
            sink.accept(customer.row());
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
   * The one statement of an export on PostgreSQL, over the read model {@code directory_entry}: the
   * tenant's entries the state filter shows, or those among the search's hits when there is a
   * pattern that does not match everything or a filter on the participant's state (the search's own
   * statement finds them), in the search's order for the same sort and language. The numbers of the
   * few customers whose numbers are too long for the index (stored as {@code NULL}) are read from
   * {@code customer_number}.
   */
  NativeSql entries(TenantId tenantId, Selection selection) {
    String tenant = tenantId.value();
    SearchPattern pattern = selection.pattern();
    StateFilter state = selection.state();
    NativeSql sql = new NativeSql();
    boolean onCustomerState =
        state == null || state == StateFilter.ACTIVE || state == StateFilter.INACTIVE;
    boolean filtered = (pattern != null && !pattern.matchesEverything()) || !onCustomerState;
    if (filtered) {
      sql.sql("WITH hit AS (");
      JdbcDirectorySearch.selected(sql, tenant, pattern, state);
      sql.sql(") ");
    }
    boolean byChange =
        selection.sort() == Sort.UPDATED_AT || selection.sort() == Sort.UPDATED_AT_DESC;
    sql.sql(
        "SELECT d.customer_id, d.name, d.participant_id, d.e_address, d.organization_number,"
            + " d.vat_number, COALESCE(d.numbers, (SELECT ARRAY_AGG(n.number ORDER BY n.position)"
            + " FROM customer_number n WHERE n.tenant_id = d.tenant_id"
            + " AND n.customer_id = d.customer_id)), d.service_provider_id, d.state"
            + " FROM directory_entry d");
    if (filtered) {
      sql.sql(" JOIN hit h ON h.id = d.customer_id");
    }
    if (byChange) {
      sql.sql(" JOIN customer c ON c.id = d.customer_id AND c.tenant_id = ").value(tenant);
    }
    sql.sql(" WHERE d.tenant_id = ").value(tenant);
    if (!filtered && state != null) {
      sql.sql(" AND d.state = ").value(state.name());
    }
    sql.sql(" ORDER BY ")
        .sql(
            JdbcDirectorySearch.order(
                names,
                selection.sort(),
                selection.language(),
                byChange ? "c" : "d",
                "d.name",
                "d.customer_id",
                Dialect.POSTGRESQL));
    return sql;
  }

  private static ExportRow entry(ResultSet rows) throws SQLException {
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

  /**
   * The one statement of an export on H2: the hits of the search (when it has a pattern that does
   * not match everything) as {@link JdbcDirectorySearch} finds them, else the tenant's customers
   * the state filter shows, in the search's order for the same sort and language.
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

    Customer(String id, ResultSet rows) throws SQLException {
      this.id = id;
      this.name = rows.getString(2);
      this.participantId = rows.getString(3);
      this.eAddress = rows.getString(4);
      this.organizationNumber = rows.getString(5);
      this.vatNumber = rows.getString(6);
      this.serviceProviderId = rows.getString(9);
      this.state = rows.getString(10);
      more(rows);
    }

    void more(ResultSet rows) throws SQLException {
      if (numbersDone) {
        return;
      }
      String number = rows.getString(7);
      int position = rows.getInt(8);
      if (number == null) {
        numbersDone = true;
      } else if (position <= lastPosition) {
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
