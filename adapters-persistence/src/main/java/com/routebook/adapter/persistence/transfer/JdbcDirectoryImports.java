package com.routebook.adapter.persistence.transfer;

import com.routebook.adapter.persistence.support.CopyText;
import com.routebook.adapter.persistence.support.Dialect;
import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.out.DirectoryImports;
import com.routebook.domain.ConflictException;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.tenant.TenantId;
import com.routebook.domain.transfer.ImportId;
import com.routebook.domain.transfer.ImportMode;
import com.routebook.domain.transfer.ImportOutcome;
import com.routebook.domain.transfer.ImportStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The tenants' imports in {@code directory_import} and {@code directory_import_row}, on plain JDBC,
 * each call committed on its own connection (so the progress shows while the import's own
 * transaction is open). One running import per tenant is the unique {@code running_tenant}, set
 * while it runs. Rows are read through their import, which names the tenant.
 */
@ApplicationScoped
public class JdbcDirectoryImports implements DirectoryImports {

  private static final String COLUMNS =
      "id, actor, dry_run, import_mode, status, applied, row_count, processed, added, updated,"
          + " unchanged, failed, started_at, finished_at";

  private static final String ROW_COLUMNS =
      "import_id, line, outcome, failed_first, customer_id, errors";

  @Resource(lookup = "jdbc/routebook")
  private DataSource dataSource;

  /** For CDI. */
  public JdbcDirectoryImports() {}

  /** With a datasource of the caller's (tests outside the server). */
  public JdbcDirectoryImports(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public ImportSummary begin(TenantId tenantId, ImportSummary summary) {
    String tenant = tenantId.value();
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement running =
          connection.prepareStatement("SELECT id FROM directory_import WHERE running_tenant = ?")) {
        running.setString(1, tenant);
        try (ResultSet rows = running.executeQuery()) {
          if (rows.next()) {
            throw new ConflictException(ErrorCode.IMPORT_RUNNING, rows.getString(1));
          }
        }
      }
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO directory_import (tenant_id, running_tenant, "
                  + COLUMNS
                  + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        Counts counts = summary.counts();
        insert.setString(1, tenant);
        insert.setString(2, summary.status() == ImportStatus.RUNNING ? tenant : null);
        insert.setString(3, summary.id().value());
        insert.setString(4, summary.actor());
        insert.setBoolean(5, summary.dryRun());
        insert.setString(6, summary.mode().name());
        insert.setString(7, summary.status().name());
        insert.setBoolean(8, summary.applied());
        counts(insert, 9, counts);
        insert.setTimestamp(15, Timestamp.from(summary.startedAt()));
        insert.setTimestamp(
            16, summary.finishedAt() == null ? null : Timestamp.from(summary.finishedAt()));
        insert.executeUpdate();
      } catch (SQLException e) {
        if (isUniqueViolation(e)) {
          throw new ConflictException(ErrorCode.IMPORT_RUNNING, "?");
        }
        throw e;
      }
      return summary;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private static boolean isUniqueViolation(SQLException e) {
    String state = e.getSQLState();
    return "23505".equals(state) || String.valueOf(e.getMessage()).contains("ONE_RUNNING");
  }

  private static void counts(PreparedStatement statement, int from, Counts counts)
      throws SQLException {
    statement.setLong(from, counts.rows());
    statement.setLong(from + 1, counts.processed());
    statement.setLong(from + 2, counts.added());
    statement.setLong(from + 3, counts.updated());
    statement.setLong(from + 4, counts.unchanged());
    statement.setLong(from + 5, counts.failed());
  }

  @Override
  public void progress(TenantId tenantId, ImportId importId, Counts counts) {
    update(
        "UPDATE directory_import SET row_count = ?, processed = ?, added = ?, updated = ?,"
            + " unchanged = ?, failed = ? WHERE tenant_id = ? AND id = ?",
        tenantId,
        importId,
        counts,
        null,
        false,
        null);
  }

  @Override
  public void finish(
      TenantId tenantId,
      ImportId importId,
      ImportStatus status,
      Counts counts,
      boolean applied,
      Instant at) {
    update(
        "UPDATE directory_import SET row_count = ?, processed = ?, added = ?, updated = ?,"
            + " unchanged = ?, failed = ?, status = ?, applied = ?, finished_at = ?,"
            + " running_tenant = NULL WHERE tenant_id = ? AND id = ?",
        tenantId,
        importId,
        counts,
        status,
        applied,
        at);
  }

  private void update(
      String sql,
      TenantId tenantId,
      ImportId importId,
      Counts counts,
      ImportStatus status,
      boolean applied,
      Instant at) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      counts(statement, 1, counts);
      int next = 7;
      if (status != null) {
        statement.setString(next++, status.name());
        statement.setBoolean(next++, applied);
        statement.setTimestamp(next++, Timestamp.from(at));
      }
      statement.setString(next++, tenantId.value());
      statement.setString(next, importId.value());
      statement.executeUpdate();
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public void keepRows(TenantId tenantId, ImportId importId, List<ImportRowResult> rows) {
    if (rows.isEmpty()) {
      return;
    }
    try (Connection connection = dataSource.getConnection()) {
      if (Dialect.ofDataSource(dataSource) == Dialect.POSTGRESQL) {
        CopyText.copyIn(
            connection,
            "COPY directory_import_row (" + ROW_COLUMNS + ") FROM STDIN",
            out -> {
              for (ImportRowResult row : rows) {
                out.row(values(importId, row));
              }
            });
      } else {
        try (PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO directory_import_row ("
                    + ROW_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?)")) {
          for (ImportRowResult row : rows) {
            List<Object> values = values(importId, row);
            for (int i = 0; i < values.size(); i++) {
              insert.setObject(i + 1, values.get(i));
            }
            insert.addBatch();
          }
          insert.executeBatch();
        }
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private static List<Object> values(ImportId importId, ImportRowResult row) {
    return Arrays.asList(
        importId.value(),
        row.line(),
        row.outcome().name(),
        row.outcome() == ImportOutcome.FAILED ? 0 : 1,
        row.customerId() == null ? null : row.customerId().value(),
        ViolationText.write(row.errors()));
  }

  @Override
  public Optional<ImportSummary> find(TenantId tenantId, ImportId importId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM directory_import WHERE tenant_id = ? AND id = ?")) {
      select.setString(1, tenantId.value());
      select.setString(2, importId.value());
      try (ResultSet rows = select.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        Timestamp finished = rows.getTimestamp(14);
        return Optional.of(
            new ImportSummary(
                new ImportId(rows.getString(1)),
                rows.getString(2),
                rows.getBoolean(3),
                ImportMode.valueOf(rows.getString(4)),
                ImportStatus.valueOf(rows.getString(5)),
                rows.getBoolean(6),
                new Counts(
                    rows.getLong(7),
                    rows.getLong(8),
                    rows.getLong(9),
                    rows.getLong(10),
                    rows.getLong(11),
                    rows.getLong(12)),
                rows.getTimestamp(13).toInstant(),
                finished == null ? null : finished.toInstant()));
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private static final String ROWS_OF =
      " FROM directory_import_row r JOIN directory_import i ON i.id = r.import_id"
          + " WHERE i.tenant_id = ? AND r.import_id = ?";

  @Override
  public Page<ImportRowResult> rows(
      TenantId tenantId, ImportId importId, ImportOutcome outcome, PageRequest page) {
    String filter = outcome == null ? "" : " AND r.outcome = ?";
    try (Connection connection = dataSource.getConnection()) {
      long total;
      try (PreparedStatement count =
          connection.prepareStatement("SELECT COUNT(*)" + ROWS_OF + filter)) {
        bind(count, tenantId, importId, outcome);
        try (ResultSet rows = count.executeQuery()) {
          rows.next();
          total = rows.getLong(1);
        }
      }
      List<ImportRowResult> items = new ArrayList<>();
      try (PreparedStatement select =
          connection.prepareStatement(
              "SELECT r.line, r.outcome, r.customer_id, r.errors"
                  + ROWS_OF
                  + filter
                  + " ORDER BY r.failed_first, r.line OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
        int next = bind(select, tenantId, importId, outcome);
        select.setLong(next++, page.offset());
        select.setInt(next, page.size());
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            items.add(row(rows));
          }
        }
      }
      return new Page<>(items, page.page(), page.size(), total);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public void forEachRow(TenantId tenantId, ImportId importId, Consumer<ImportRowResult> sink) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try (PreparedStatement select =
          connection.prepareStatement(
              "SELECT r.line, r.outcome, r.customer_id, r.errors"
                  + ROWS_OF
                  + " ORDER BY r.failed_first, r.line")) {
        select.setFetchSize(5_000);
        bind(select, tenantId, importId, null);
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            sink.accept(row(rows));
          }
        }
      } finally {
        connection.rollback();
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private static int bind(
      PreparedStatement statement, TenantId tenantId, ImportId importId, ImportOutcome outcome)
      throws SQLException {
    statement.setString(1, tenantId.value());
    statement.setString(2, importId.value());
    if (outcome == null) {
      return 3;
    }
    statement.setString(3, outcome.name());
    return 4;
  }

  private static ImportRowResult row(ResultSet rows) throws SQLException {
    String customer = rows.getString(3);
    return new ImportRowResult(
        rows.getLong(1),
        ImportOutcome.valueOf(rows.getString(2)),
        customer == null ? null : new CustomerId(customer),
        ViolationText.read(rows.getString(4)));
  }

  private static IllegalStateException failed(SQLException e) {
    return new IllegalStateException("directory import: " + e.getMessage(), e);
  }
}
