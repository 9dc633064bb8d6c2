package com.routebook.adapter.persistence.directory;

import com.routebook.adapter.persistence.support.TextList;
import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.out.DirectoryAlerts;
import com.routebook.domain.Explanation;
import com.routebook.domain.ExplanationCode;
import com.routebook.domain.alert.Alert;
import com.routebook.domain.alert.AlertId;
import com.routebook.domain.alert.AlertKind;
import com.routebook.domain.alert.AlertStatus;
import com.routebook.domain.alert.RegistryChange;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.tenant.TenantId;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The directories' alerts on plain JDBC over the server's datasource (table {@code
 * directory_alert}): raising is one {@code INSERT ... SELECT} per change over the customers linked
 * to the participant, in every tenant; every other statement names the tenant.
 */
@ApplicationScoped
public class JdbcDirectoryAlerts implements DirectoryAlerts {

  private static final String RAISE =
      "INSERT INTO directory_alert (tenant_id, customer_id, customer_name, raised_at, kind,"
          + " detail_code, detail_arguments, status)"
          + " SELECT c.tenant_id, c.id, ?, ?, ?, ?, ?, 'OPEN' FROM customer c"
          + " WHERE c.participant_id = ?";

  private static final String COLUMNS =
      "SELECT id, tenant_id, customer_id, customer_name, raised_at, kind, detail_code,"
          + " detail_arguments, status FROM directory_alert";

  private static final String LIST =
      COLUMNS
          + " WHERE tenant_id = ? AND status = ? ORDER BY raised_at DESC, id DESC"
          + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";

  private static final String COUNT =
      "SELECT COUNT(*) FROM directory_alert WHERE tenant_id = ? AND status = ?";

  private static final String FIND = COLUMNS + " WHERE tenant_id = ? AND id = ?";

  private static final String DISMISS =
      "UPDATE directory_alert SET status = 'DISMISSED' WHERE tenant_id = ? AND id = ?";

  @Resource(lookup = "jdbc/routebook")
  private DataSource dataSource;

  /** For the container. */
  public JdbcDirectoryAlerts() {}

  /** With a datasource of the caller's (tests outside the server). */
  public JdbcDirectoryAlerts(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public int raise(
      ParticipantId participantId, String customerName, List<RegistryChange> changes, Instant at) {
    int raised = 0;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(RAISE)) {
      for (RegistryChange change : changes) {
        insert.setString(1, customerName);
        insert.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        insert.setString(3, change.kind().name());
        insert.setString(4, change.detail().code().name());
        insert.setString(5, TextList.write(texts(change.detail())));
        insert.setString(6, participantId.value());
        raised += insert.executeUpdate();
      }
      return raised;
    } catch (SQLException e) {
      throw new IllegalStateException("raising alerts failed: " + e.getMessage(), e);
    }
  }

  @Override
  public Page<Alert> list(TenantId tenantId, AlertStatus status, PageRequest page) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement count = connection.prepareStatement(COUNT);
        PreparedStatement list = connection.prepareStatement(LIST)) {
      count.setString(1, tenantId.value());
      count.setString(2, status.name());
      long total;
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        total = rows.getLong(1);
      }
      list.setString(1, tenantId.value());
      list.setString(2, status.name());
      list.setLong(3, page.offset());
      list.setInt(4, page.size());
      List<Alert> items = new ArrayList<>();
      try (ResultSet rows = list.executeQuery()) {
        while (rows.next()) {
          items.add(alert(rows));
        }
      }
      return new Page<>(items, page.page(), page.size(), total);
    } catch (SQLException e) {
      throw new IllegalStateException("listing alerts failed: " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<Alert> find(TenantId tenantId, AlertId alertId) {
    Long id = idOf(alertId);
    if (id == null) {
      return Optional.empty();
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement find = connection.prepareStatement(FIND)) {
      find.setString(1, tenantId.value());
      find.setLong(2, id);
      try (ResultSet rows = find.executeQuery()) {
        return rows.next() ? Optional.of(alert(rows)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading an alert failed: " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<Alert> dismiss(TenantId tenantId, AlertId alertId) {
    Long id = idOf(alertId);
    if (id == null) {
      return Optional.empty();
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement dismiss = connection.prepareStatement(DISMISS)) {
      dismiss.setString(1, tenantId.value());
      dismiss.setLong(2, id);
      dismiss.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("dismissing an alert failed: " + e.getMessage(), e);
    }
    return find(tenantId, alertId);
  }

  /** The row id an alert id names; {@code null} for one that names none. */
  private static Long idOf(AlertId alertId) {
    try {
      return Long.valueOf(alertId.value());
    } catch (NumberFormatException notOurs) {
      return null;
    }
  }

  private static List<String> texts(Explanation detail) {
    return detail.arguments().stream().map(String::valueOf).toList();
  }

  private static Alert alert(ResultSet rows) throws SQLException {
    List<Object> arguments = new ArrayList<>(TextList.read(rows.getString(8)));
    return new Alert(
        new AlertId(Long.toString(rows.getLong(1))),
        new TenantId(rows.getString(2)),
        new CustomerId(rows.getString(3)),
        rows.getString(4),
        rows.getObject(5, OffsetDateTime.class).toInstant(),
        AlertKind.valueOf(rows.getString(6)),
        new Explanation(ExplanationCode.valueOf(rows.getString(7)), arguments),
        AlertStatus.valueOf(rows.getString(9)));
  }
}
