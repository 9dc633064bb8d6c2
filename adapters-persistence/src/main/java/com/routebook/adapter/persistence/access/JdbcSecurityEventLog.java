package com.routebook.adapter.persistence.access;

import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.out.SecurityEventLog;
import com.routebook.domain.access.SecurityEvent;
import com.routebook.domain.access.SecurityEventType;
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
import javax.sql.DataSource;

/**
 * The security event log in table {@code security_event}, on plain JDBC over the server's
 * datasource: one insert per event (in the caller's transaction when there is one, so an event of a
 * change that rolls back goes with it); a page is one count and one select, newest first by time
 * and then by the identity the insert drew.
 */
@ApplicationScoped
public class JdbcSecurityEventLog implements SecurityEventLog {

  static final String ADD =
      "INSERT INTO security_event (at, type, username, tenant_id, address, detail)"
          + " VALUES (?, ?, ?, ?, ?, ?)";

  @Resource(lookup = "jdbc/routebook")
  private DataSource dataSource;

  /** For the container. */
  public JdbcSecurityEventLog() {}

  public JdbcSecurityEventLog(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void add(SecurityEvent event) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement add = connection.prepareStatement(ADD)) {
      add.setObject(1, utc(event.at()));
      add.setString(2, event.type().name());
      add.setString(3, event.username());
      add.setString(4, event.tenantId() == null ? null : event.tenantId().value());
      add.setString(5, event.address());
      add.setString(6, event.detail());
      add.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("recording a security event failed: " + e.getMessage(), e);
    }
  }

  @Override
  public Page<SecurityEvent> find(EventFilter filter, PageRequest page) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> values = new ArrayList<>();
    if (filter.type() != null) {
      where.append(" AND type = ?");
      values.add(filter.type().name());
    }
    if (filter.from() != null) {
      where.append(" AND at >= ?");
      values.add(utc(filter.from()));
    }
    if (filter.to() != null) {
      where.append(" AND at < ?");
      values.add(utc(filter.to()));
    }
    try (Connection connection = dataSource.getConnection()) {
      long total;
      try (PreparedStatement count =
          prepare(connection, "SELECT count(*) FROM security_event" + where, values)) {
        try (ResultSet row = count.executeQuery()) {
          row.next();
          total = row.getLong(1);
        }
      }
      List<Object> paged = new ArrayList<>(values);
      paged.add(page.size());
      paged.add(page.offset());
      List<SecurityEvent> items = new ArrayList<>();
      try (PreparedStatement select =
          prepare(
              connection,
              "SELECT at, type, username, tenant_id, address, detail FROM security_event"
                  + where
                  + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?",
              paged)) {
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            items.add(event(rows));
          }
        }
      }
      return new Page<>(items, page.page(), page.size(), Math.max(total, items.size()));
    } catch (SQLException e) {
      throw new IllegalStateException("reading security events failed: " + e.getMessage(), e);
    }
  }

  private static PreparedStatement prepare(Connection connection, String sql, List<Object> values)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      for (int i = 0; i < values.size(); i++) {
        statement.setObject(i + 1, values.get(i));
      }
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
    return statement;
  }

  private static SecurityEvent event(ResultSet row) throws SQLException {
    String tenant = row.getString(4);
    return new SecurityEvent(
        row.getObject(1, OffsetDateTime.class).toInstant(),
        SecurityEventType.valueOf(row.getString(2)),
        row.getString(3),
        tenant == null ? null : new TenantId(tenant),
        row.getString(5),
        row.getString(6));
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
