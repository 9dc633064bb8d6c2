package com.routebook.adapter.persistence.routing;

import com.routebook.adapter.persistence.support.Dialect;
import com.routebook.application.port.out.RoutingDirectory;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ParticipantStatus;
import com.routebook.domain.participant.ServiceProvider;
import com.routebook.domain.participant.ServiceProviderId;
import com.routebook.domain.routing.RoutingCustomer;
import com.routebook.domain.routing.RoutingParticipant;
import com.routebook.domain.tenant.TenantId;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * The routing read side on plain JDBC over the server's datasource (so it takes part in the
 * caller's transaction): each look-up is one statement with the keys bound as one array, served by
 * the primary key of {@code customer_number} and the index {@code participant_identifier_lookup}.
 * The provider names come from joins; the chosen provider is offered while {@code
 * participant_provider} still links it to the participant.
 */
@ApplicationScoped
public class JdbcRoutingDirectory implements RoutingDirectory {

  /** The participant's columns and its default provider; then the customer's, all nullable. */
  private static final String COLUMNS =
      " p.id, p.name, p.status, p.e_address, p.default_provider_id, dsp.name,"
          + " c.id, c.state, c.service_provider_id, csp.name";

  /** The customer's chosen provider, joined only while the participant still offers it. */
  private static final String CHOSEN_PROVIDER =
      " JOIN service_provider dsp ON dsp.id = p.default_provider_id"
          + " LEFT JOIN participant_provider pp ON pp.participant_id = c.participant_id"
          + " AND pp.service_provider_id = c.service_provider_id"
          + " LEFT JOIN service_provider csp ON csp.id = pp.service_provider_id";

  /** A number's row: the number, then the participant's and the customer's columns. */
  private static final String NUMBERED =
      "SELECT cn.number,"
          + COLUMNS
          + " FROM customer_number cn"
          + " JOIN customer c ON c.tenant_id = cn.tenant_id AND c.id = cn.customer_id"
          + " JOIN participant p ON p.id = c.participant_id"
          + CHOSEN_PROVIDER;

  /** The customer-number look-up on H2. */
  static final String BY_NUMBERS = NUMBERED + " WHERE cn.tenant_id = ? AND cn.number = ANY (?)";

  /**
   * The customer-number look-up on PostgreSQL: one probe of the primary key per number asked. Put
   * as {@code number = ANY (?)}, PostgreSQL's planner takes the trigram index of the customer
   * numbers (made for contains searches) for an equality it can answer, and a batch of 9,000
   * numbers over 1,000,000 customers took 35 to 54 s instead of under one (measured with {@code
   * EXPLAIN ANALYZE} on the bench data): each number is therefore looked up on its own in a lateral
   * join ordered as the primary key, which only the primary key serves.
   */
  static final String BY_NUMBERS_POSTGRESQL =
      "WITH asked AS (SELECT CAST(? AS varchar) AS tenant_id, a.number"
          + " FROM unnest(CAST(? AS varchar[])) AS a(number))"
          + " SELECT cn.number,"
          + COLUMNS
          + " FROM asked CROSS JOIN LATERAL (SELECT n.tenant_id, n.number, n.customer_id"
          + " FROM customer_number n WHERE n.tenant_id = asked.tenant_id AND n.number = asked.number"
          + " ORDER BY n.tenant_id, n.number LIMIT 1) cn"
          + " JOIN customer c ON c.tenant_id = cn.tenant_id AND c.id = cn.customer_id"
          + " JOIN participant p ON p.id = c.participant_id"
          + CHOSEN_PROVIDER;

  /**
   * The look-up of one customer number, on both databases: what single routing asks. Bound as
   * scalars, PostgreSQL plans it once per connection (a generic plan after five executions, as its
   * estimates cannot differ between numbers); the array statement above is planned again at every
   * call, which took 1.5 ms of the server's 1.8 ms per look-up (its log of a bind and an execute).
   */
  static final String BY_NUMBER = NUMBERED + " WHERE cn.tenant_id = ? AND cn.number = ?";

  /**
   * All of a tenant's numbers: one statement, which PostgreSQL answers with sequential scans and
   * hash joins (1,200,000 numbers in about 24 s on a loaded 2-core machine, where pages of 5,000 in
   * the order of the primary key, probing each row's customer and participant, took 2.5 s a page).
   */
  static final String ALL_NUMBERS = NUMBERED + " WHERE cn.tenant_id = ?";

  /** The rows a streamed statement fetches at a time (PostgreSQL keeps the rest in a cursor). */
  static final int FETCHED = 5_000;

  static final String BY_IDENTIFIERS =
      "SELECT pi.scheme, pi.normalized_value,"
          + COLUMNS
          + " FROM participant_identifier pi"
          + " JOIN participant p ON p.id = pi.participant_id"
          + " LEFT JOIN customer c ON c.tenant_id = ? AND c.participant_id = p.id"
          + CHOSEN_PROVIDER
          + " WHERE pi.normalized_value = ANY (?)";

  @Resource(lookup = "jdbc/routebook")
  private DataSource dataSource;

  /** For CDI. */
  public JdbcRoutingDirectory() {}

  /** With a datasource of the caller's (tests outside the server). */
  public JdbcRoutingDirectory(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public List<NumberMatch> byCustomerNumbers(TenantId tenantId, Set<CustomerNumber> numbers) {
    if (numbers.isEmpty()) {
      return List.of();
    }
    Map<String, CustomerNumber> asked = new HashMap<>();
    numbers.forEach(n -> asked.put(n.value(), n));
    List<NumberMatch> matches = new ArrayList<>();
    String sql;
    if (asked.size() == 1) {
      sql = BY_NUMBER;
    } else {
      sql =
          Dialect.ofDataSource(dataSource) == Dialect.POSTGRESQL
              ? BY_NUMBERS_POSTGRESQL
              : BY_NUMBERS;
    }
    query(
        sql,
        tenantId,
        asked.keySet(),
        (rows, reader) -> {
          CustomerNumber number = asked.get(rows.getString(1));
          if (number != null) {
            RoutingParticipant participant = reader.participant(rows, 2);
            matches.add(new NumberMatch(number, reader.customer(rows, 8), participant));
          }
        });
    return matches;
  }

  @Override
  public void eachNumber(TenantId tenantId, Predicate<NumberMatch> each) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      // PostgreSQL's driver streams by a cursor only inside a transaction
      connection.setAutoCommit(false);
      try (PreparedStatement statement = connection.prepareStatement(ALL_NUMBERS)) {
        statement.setFetchSize(FETCHED);
        statement.setString(1, tenantId.value());
        try (ResultSet rows = statement.executeQuery()) {
          RowReader reader = new RowReader();
          int read = 0;
          while (rows.next()) {
            if (++read % FETCHED == 0) {
              reader = new RowReader(); // what it keeps of the rows before is not needed again
            }
            NumberMatch match =
                new NumberMatch(
                    new CustomerNumber(rows.getString(1)),
                    reader.customer(rows, 8),
                    reader.participant(rows, 2));
            if (!each.test(match)) {
              break;
            }
          }
        }
      } finally {
        connection.rollback(); // it wrote nothing
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("routing look-up failed: " + e.getMessage(), e);
    }
  }

  @Override
  public List<IdentifierMatch> byIdentifiers(TenantId tenantId, Set<Identifier> identifiers) {
    if (identifiers.isEmpty()) {
      return List.of();
    }
    Map<String, Identifier> asked = new HashMap<>();
    Set<String> values = new HashSet<>();
    for (Identifier identifier : identifiers) {
      asked.put(key(identifier.scheme().name(), identifier.value()), identifier);
      values.add(identifier.value());
    }
    List<IdentifierMatch> matches = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    query(
        BY_IDENTIFIERS,
        tenantId,
        values,
        (rows, reader) -> {
          Identifier identifier = asked.get(key(rows.getString(1), rows.getString(2)));
          if (identifier != null && seen.add(key(rows.getString(3), identifier.toString()))) {
            RoutingParticipant participant = reader.participant(rows, 3);
            matches.add(new IdentifierMatch(identifier, participant, reader.customer(rows, 9)));
          }
        });
    return matches;
  }

  private static String key(String first, String second) {
    return first + '\u0000' + second;
  }

  private void query(String sql, TenantId tenantId, Set<String> keys, RowHandler handler) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, tenantId.value());
      if (sql == BY_NUMBER) {
        statement.setString(2, keys.iterator().next());
        read(statement, handler);
        return;
      }
      Array array = connection.createArrayOf("varchar", keys.toArray(new String[0]));
      try {
        statement.setArray(2, array);
        read(statement, handler);
      } finally {
        array.free();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("routing look-up failed: " + e.getMessage(), e);
    }
  }

  private static void read(PreparedStatement statement, RowHandler handler) throws SQLException {
    RowReader reader = new RowReader();
    try (ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        handler.handle(rows, reader);
      }
    }
  }

  /** Handles one row of a look-up. */
  @FunctionalInterface
  private interface RowHandler {
    void handle(ResultSet rows, RowReader reader) throws SQLException;
  }

  /**
   * Reads participants and customers from rows, each once per statement (a participant or customer
   * on many rows is the same record).
   */
  private static final class RowReader {
    private final Map<String, RoutingParticipant> participants = new HashMap<>();
    private final Map<String, RoutingCustomer> customers = new HashMap<>();
    private final Map<String, ServiceProvider> providers = new HashMap<>();

    /** The participant in the six columns from {@code at}. */
    RoutingParticipant participant(ResultSet rows, int at) throws SQLException {
      String id = rows.getString(at);
      RoutingParticipant known = participants.get(id);
      if (known == null) {
        known =
            new RoutingParticipant(
                new ParticipantId(id),
                rows.getString(at + 1),
                ParticipantStatus.valueOf(rows.getString(at + 2)),
                rows.getString(at + 3),
                provider(rows.getString(at + 4), rows.getString(at + 5)));
        participants.put(id, known);
      }
      return known;
    }

    /** The customer in the four columns from {@code at} (participant just before), or null. */
    RoutingCustomer customer(ResultSet rows, int at) throws SQLException {
      String id = rows.getString(at);
      if (id == null) {
        return null;
      }
      RoutingCustomer known = customers.get(id);
      if (known == null) {
        String chosen = rows.getString(at + 2);
        String offeredName = rows.getString(at + 3);
        known =
            new RoutingCustomer(
                new CustomerId(id),
                new ParticipantId(rows.getString(at - 6)),
                CustomerState.valueOf(rows.getString(at + 1)),
                new ServiceProviderId(chosen),
                offeredName == null ? null : provider(chosen, offeredName));
        customers.put(id, known);
      }
      return known;
    }

    private ServiceProvider provider(String id, String name) {
      return providers.computeIfAbsent(
          id, i -> new ServiceProvider(new ServiceProviderId(i), name));
    }
  }
}
