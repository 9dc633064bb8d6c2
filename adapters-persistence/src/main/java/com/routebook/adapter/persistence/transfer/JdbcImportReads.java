package com.routebook.adapter.persistence.transfer;

import com.routebook.adapter.persistence.support.Dialect;
import com.routebook.application.port.out.ImportReads;
import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.customer.CustomerNumbers;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.identifier.EAddress;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.identifier.IdentifierScheme;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ParticipantStatus;
import com.routebook.domain.participant.ServiceProvider;
import com.routebook.domain.participant.ServiceProviderId;
import com.routebook.domain.tenant.TenantId;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * An import's reads on plain JDBC, each kind one statement per chunk with its keys bound as one
 * array (no JPA entities on this path).
 *
 * <p>On PostgreSQL the tenant's customers and numbers are probed one key at a time in a lateral
 * join, ordered as the unique index that answers the probe, with the tenant hidden from the planner
 * in a sub-select. Put as {@code tenant_id = ? AND participant_id = ANY (?)}, the planner believed
 * the statistics of a tenant new to the directory (about one row) and read the tenant's rows by
 * {@code customer_tenant_id_unique}, filtering on the participant: while an import into that tenant
 * ran, every chunk re-read every row the import had written so far (its own uncommitted rows
 * included), and the apply of 1,000,000 rows slowed down quadratically (measured with {@code
 * EXPLAIN ANALYZE} on the bench data: 883 ms per chunk of 5,000 after 200,000 rows, 13 ms as here;
 * the number look-up likewise read the tenant by {@code customer_number_customer_idx}, 577 ms
 * against 8 ms). A probe of a unique index costs the same whatever the statistics say.
 */
@ApplicationScoped
public class JdbcImportReads implements ImportReads {

  private static final String CUSTOMER_COLUMNS =
      "c.id, c.participant_id, c.service_provider_id, c.state, c.version, n.number, n.position";

  static final String CUSTOMERS_POSTGRESQL =
      "SELECT "
          + CUSTOMER_COLUMNS
          + " FROM unnest(CAST(? AS varchar[])) AS a(participant_id)"
          + " CROSS JOIN LATERAL (SELECT c.id, c.tenant_id, c.participant_id,"
          + " c.service_provider_id, c.state, c.version FROM customer c"
          + " WHERE c.tenant_id = (SELECT CAST(? AS varchar)) AND c.participant_id = a.participant_id"
          + " ORDER BY c.tenant_id, c.participant_id LIMIT 1) c"
          + " LEFT JOIN LATERAL (SELECT n.number, n.position FROM customer_number n"
          + " WHERE n.tenant_id = c.tenant_id AND n.customer_id = c.id"
          + " ORDER BY n.tenant_id, n.customer_id OFFSET 0) n ON TRUE";

  static final String CUSTOMERS_H2 =
      "SELECT "
          + CUSTOMER_COLUMNS
          + " FROM customer c LEFT JOIN customer_number n"
          + " ON n.tenant_id = c.tenant_id AND n.customer_id = c.id"
          + " WHERE c.participant_id = ANY (?) AND c.tenant_id = ?";

  static final String HOLDERS_POSTGRESQL =
      "SELECT n.number, n.customer_id FROM unnest(CAST(? AS varchar[])) AS a(number)"
          + " CROSS JOIN LATERAL (SELECT n.number, n.customer_id FROM customer_number n"
          + " WHERE n.tenant_id = (SELECT CAST(? AS varchar)) AND n.number = a.number"
          + " ORDER BY n.tenant_id, n.number LIMIT 1) n";

  static final String HOLDERS_H2 =
      "SELECT n.number, n.customer_id FROM customer_number n"
          + " WHERE n.number = ANY (?) AND n.tenant_id = ?";

  /**
   * Whole participants by identifier on PostgreSQL in one statement: one probe of {@code
   * participant_identifier_lookup} per identifier asked, then of the participant's primary key, its
   * identifiers and its providers as sub-selects per participant. Put as {@code = ANY (?)} with
   * 5,000 values, the planner chose parallel sequential scans of {@code participant} and {@code
   * participant_provider} (282 and 367 ms per chunk with {@code EXPLAIN ANALYZE} on the bench
   * data); a lateral probe or a sub-select per row can only be an index probe.
   */
  static final String PARTICIPANTS_POSTGRESQL =
      "SELECT p.id, p.name, p.country, p.e_address, p.default_provider_id, p.status, p.version,"
          + " ARRAY(SELECT i.scheme || chr(9) || i.normalized_value FROM participant_identifier i"
          + " WHERE i.participant_id = p.id AND i.position > 0 ORDER BY i.position),"
          + " ARRAY(SELECT pp.service_provider_id || chr(9) || (SELECT s.name FROM service_provider s"
          + " WHERE s.id = pp.service_provider_id) FROM participant_provider pp"
          + " WHERE pp.participant_id = p.id ORDER BY pp.position)"
          + " FROM unnest(CAST(? AS varchar[]), CAST(? AS varchar[])) AS w(scheme, value)"
          + " CROSS JOIN LATERAL (SELECT i.participant_id FROM participant_identifier i"
          + " WHERE i.normalized_value = w.value AND i.scheme = w.scheme OFFSET 0) i"
          + " CROSS JOIN LATERAL (SELECT p.* FROM participant p"
          + " WHERE p.id = i.participant_id OFFSET 0) p";

  private static final String IDENTIFIED =
      "SELECT DISTINCT participant_id, scheme, normalized_value FROM participant_identifier"
          + " WHERE normalized_value = ANY (?)";

  private static final String PARTICIPANTS =
      "SELECT id, name, country, e_address, default_provider_id, status, version"
          + " FROM participant WHERE id = ANY (?)";

  private static final String IDENTIFIERS =
      "SELECT participant_id, position, scheme, normalized_value FROM participant_identifier"
          + " WHERE participant_id = ANY (?) AND position > 0 ORDER BY participant_id, position";

  private static final String PROVIDERS =
      "SELECT pp.participant_id, s.id, s.name FROM participant_provider pp"
          + " JOIN service_provider s ON s.id = pp.service_provider_id"
          + " WHERE pp.participant_id = ANY (?) ORDER BY pp.participant_id, pp.position";

  @Resource(lookup = "jdbc/routebook")
  private DataSource dataSource;

  /** For CDI. */
  public JdbcImportReads() {}

  /** With a datasource of the caller's (tests outside the server). */
  public JdbcImportReads(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public List<Participant> participantsByIdentifiers(Set<Identifier> identifiers) {
    if (identifiers.isEmpty()) {
      return List.of();
    }
    Set<String> values = new HashSet<>();
    identifiers.forEach(i -> values.add(i.value()));
    try (Connection connection = dataSource.getConnection()) {
      if (Dialect.ofDataSource(dataSource) == Dialect.POSTGRESQL) {
        return participantsInOne(connection, identifiers);
      }
      Set<String> ids = new HashSet<>();
      query(
          connection,
          IDENTIFIED,
          List.of(array(connection, values)),
          rows -> {
            Identifier found =
                new Identifier(IdentifierScheme.valueOf(rows.getString(2)), rows.getString(3));
            if (identifiers.contains(found)) {
              ids.add(rows.getString(1));
            }
          });
      if (ids.isEmpty()) {
        return List.of();
      }
      return participants(connection, ids);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private static List<Participant> participantsInOne(
      Connection connection, Set<Identifier> identifiers) throws SQLException {
    List<String> schemes = new ArrayList<>(identifiers.size());
    List<String> values = new ArrayList<>(identifiers.size());
    for (Identifier identifier : identifiers) {
      schemes.add(identifier.scheme().name());
      values.add(identifier.value());
    }
    Map<String, Participant> participants = new LinkedHashMap<>();
    query(
        connection,
        PARTICIPANTS_POSTGRESQL,
        List.of(array(connection, schemes), array(connection, values)),
        rows -> {
          String id = rows.getString(1);
          if (participants.containsKey(id)) {
            return;
          }
          List<Identifier> owned = new ArrayList<>(2);
          for (String pair : strings(rows, 8)) {
            int tab = pair.indexOf('\t');
            owned.add(
                Identifier.stored(
                    IdentifierScheme.valueOf(pair.substring(0, tab)), pair.substring(tab + 1)));
          }
          List<ServiceProvider> providers = new ArrayList<>(1);
          for (String pair : strings(rows, 9)) {
            int tab = pair.indexOf('\t');
            providers.add(
                new ServiceProvider(
                    new ServiceProviderId(pair.substring(0, tab)), pair.substring(tab + 1)));
          }
          participants.put(
              id,
              Participant.reconstitute(
                  new ParticipantId(id),
                  rows.getString(2),
                  rows.getString(3),
                  EAddress.stored(rows.getString(4)),
                  owned,
                  providers,
                  new ServiceProviderId(rows.getString(5)),
                  ParticipantStatus.valueOf(rows.getString(6)),
                  rows.getLong(7)));
        });
    return new ArrayList<>(participants.values());
  }

  private static String[] strings(ResultSet rows, int column) throws SQLException {
    Array array = rows.getArray(column);
    try {
      return (String[]) array.getArray();
    } finally {
      array.free();
    }
  }

  private List<Participant> participants(Connection connection, Set<String> ids)
      throws SQLException {
    Array keys = array(connection, ids);
    Map<String, List<Identifier>> identifiers = new HashMap<>();
    query(
        connection,
        IDENTIFIERS,
        List.of(keys),
        rows ->
            identifiers
                .computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
                .add(
                    Identifier.stored(
                        IdentifierScheme.valueOf(rows.getString(3)), rows.getString(4))));
    Map<String, List<ServiceProvider>> providers = new HashMap<>();
    query(
        connection,
        PROVIDERS,
        List.of(keys),
        rows ->
            providers
                .computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
                .add(
                    new ServiceProvider(
                        new ServiceProviderId(rows.getString(2)), rows.getString(3))));
    List<Participant> participants = new ArrayList<>(ids.size());
    query(
        connection,
        PARTICIPANTS,
        List.of(keys),
        rows -> {
          String id = rows.getString(1);
          participants.add(
              Participant.reconstitute(
                  new ParticipantId(id),
                  rows.getString(2),
                  rows.getString(3),
                  EAddress.stored(rows.getString(4)),
                  identifiers.getOrDefault(id, List.of()),
                  providers.getOrDefault(id, List.of()),
                  new ServiceProviderId(rows.getString(5)),
                  ParticipantStatus.valueOf(rows.getString(6)),
                  rows.getLong(7)));
        });
    return participants;
  }

  @Override
  public List<Customer> customersByParticipants(
      TenantId tenantId, Set<ParticipantId> participantIds) {
    if (participantIds.isEmpty()) {
      return List.of();
    }
    List<String> ids = participantIds.stream().map(ParticipantId::value).toList();
    Map<String, CustomerRow> customers = new LinkedHashMap<>();
    tenantQuery(
        CUSTOMERS_POSTGRESQL,
        CUSTOMERS_H2,
        tenantId,
        ids,
        rows -> {
          CustomerRow customer =
              customers.computeIfAbsent(
                  rows.getString(1),
                  id -> {
                    try {
                      return new CustomerRow(
                          id,
                          rows.getString(2),
                          rows.getString(3),
                          rows.getString(4),
                          rows.getLong(5));
                    } catch (SQLException e) {
                      throw failed(e);
                    }
                  });
          String number = rows.getString(6);
          if (number != null) {
            customer.numbers.put(rows.getInt(7), number);
          }
        });
    List<Customer> found = new ArrayList<>(customers.size());
    for (CustomerRow row : customers.values()) {
      found.add(
          Customer.reconstitute(
              new CustomerId(row.id),
              tenantId,
              new ParticipantId(row.participantId),
              CustomerNumbers.stored(
                  row.numbers.entrySet().stream()
                      .sorted(Map.Entry.comparingByKey())
                      .map(Map.Entry::getValue)
                      .toList()),
              new ServiceProviderId(row.providerId),
              CustomerState.valueOf(row.state),
              row.version));
    }
    return found;
  }

  /** A customer's columns while its number rows are read. */
  private static final class CustomerRow {
    final String id;
    final String participantId;
    final String providerId;
    final String state;
    final long version;
    final Map<Integer, String> numbers = new HashMap<>();

    CustomerRow(String id, String participantId, String providerId, String state, long version) {
      this.id = id;
      this.participantId = participantId;
      this.providerId = providerId;
      this.state = state;
      this.version = version;
    }
  }

  @Override
  public Map<CustomerNumber, CustomerId> holdersOfNumbers(
      TenantId tenantId, Set<CustomerNumber> numbers) {
    Map<CustomerNumber, CustomerId> holders = new HashMap<>();
    if (numbers.isEmpty()) {
      return holders;
    }
    Map<String, CustomerNumber> asked = new HashMap<>();
    numbers.forEach(n -> asked.put(n.value(), n));
    tenantQuery(
        HOLDERS_POSTGRESQL,
        HOLDERS_H2,
        tenantId,
        asked.keySet(),
        rows -> {
          CustomerNumber number = asked.get(rows.getString(1));
          if (number != null) {
            holders.put(number, new CustomerId(rows.getString(2)));
          }
        });
    return holders;
  }

  /** Runs a look-up of the tenant's by keys: both statements take the keys, then the tenant. */
  private void tenantQuery(
      String postgresql,
      String h2,
      TenantId tenantId,
      Collection<String> keys,
      RowHandler handler) {
    try (Connection connection = dataSource.getConnection()) {
      String sql = Dialect.ofDataSource(dataSource) == Dialect.POSTGRESQL ? postgresql : h2;
      query(connection, sql, List.of(array(connection, keys), tenantId.value()), handler);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private static Array array(Connection connection, Collection<String> values) throws SQLException {
    return connection.createArrayOf("varchar", values.toArray(new String[0]));
  }

  private static void query(
      Connection connection, String sql, List<Object> parameters, RowHandler handler)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        Object parameter = parameters.get(i);
        if (parameter instanceof Array array) {
          statement.setArray(i + 1, array);
        } else {
          statement.setString(i + 1, (String) parameter);
        }
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          handler.handle(rows);
        }
      }
    }
  }

  /** Handles one row of a look-up. */
  @FunctionalInterface
  private interface RowHandler {
    void handle(ResultSet rows) throws SQLException;
  }

  private static IllegalStateException failed(SQLException e) {
    return new IllegalStateException("import read: " + e.getMessage(), e);
  }
}
