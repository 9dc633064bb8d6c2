package com.routebook.adapter.persistence.document;

import com.routebook.adapter.persistence.support.Chunks;
import com.routebook.adapter.persistence.support.Dialect;
import com.routebook.application.port.DocumentFilter;
import com.routebook.application.port.DocumentSort;
import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.out.DocumentLog;
import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.identifier.IdentifierScheme;
import com.routebook.domain.routing.DocumentId;
import com.routebook.domain.routing.DocumentRecord;
import com.routebook.domain.routing.Outcome;
import com.routebook.domain.routing.RoutingKeys;
import com.routebook.domain.routing.StopReason;
import com.routebook.domain.search.SearchPattern;
import com.routebook.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tenants' document logs in plain JDBC on the persistence unit's connection, keyed by (tenant,
 * document id). A batch is written inside the caller's transaction, so it is kept whole or not at
 * all, as an upsert that increments {@code version} on replace: on PostgreSQL through {@code COPY}
 * and one {@code INSERT ... SELECT ... ON CONFLICT} ({@link PostgresCopy}), on H2 as JDBC batches
 * of {@code MERGE ... KEY}. No JPA entity maps {@code document}, so no managed instance can go
 * stale. The {@link RoutingKeys} of stopped documents are kept in {@code stopped_document_key}
 * (replaced with their document, removed with it: a foreign key's cascade on H2, a trigger per
 * statement on PostgreSQL, V21). Lists are sorted by document id in code point order on both
 * databases (a "C" collation on PostgreSQL's column).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaDocumentLog implements DocumentLog {

  /** Rows sent to the database per JDBC batch. */
  static final int BATCH = 1000;

  /** Longest key kept: no participant identifier or customer number is longer. */
  static final int MAX_KEY_LENGTH = 200;

  private static final String CUSTOMER_NUMBER = "CUSTOMER_NUMBER";

  private static final Comparator<DocumentRecord> BY_ID =
      Comparator.comparing(r -> r.documentId().value());

  private static final String SELECT = "SELECT " + DocumentMapper.COLUMNS + " FROM document";

  private static final String STOPPED_ONLY = " AND outcome = 'STOPPED'";

  /** The columns a filter's pattern is tried on: the document id and the references as sent. */
  private static final List<String> REFERENCE_COLUMNS =
      List.of(
          "document_id",
          "customer_number",
          "e_address",
          "ovt",
          "iban",
          "gln",
          "organization_number",
          "vat_number");

  private static final String H2_MERGE =
      "MERGE INTO document ("
          + DocumentMapper.COLUMNS
          + ", version) KEY (tenant_id, document_id) VALUES ("
          + "?, ".repeat(DocumentMapper.COLUMN_COUNT)
          + "COALESCE((SELECT d.version + 1 FROM document d"
          + " WHERE d.tenant_id = ? AND d.document_id = ?), 1))";

  private static final String INSERT_KEY =
      "INSERT INTO stopped_document_key (tenant_id, document_id, key_kind, key_value)"
          + " VALUES (?, ?, ?, ?)";

  @PersistenceContext(unitName = "routebook")
  private EntityManager em;

  /** For CDI. */
  public JpaDocumentLog() {}

  /** With an entity manager of the caller's (tests outside the server). */
  public JpaDocumentLog(EntityManager em) {
    this.em = em;
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public void keepAll(TenantId tenantId, List<DocumentRecord> documents) {
    if (documents.isEmpty()) {
      return;
    }
    Map<String, DocumentRecord> latest = new LinkedHashMap<>();
    documents.forEach(d -> latest.put(d.documentId().value(), d));
    Map<DocumentRecord, List<Map.Entry<String, String>>> keys = new LinkedHashMap<>();
    latest.values().stream().filter(DocumentRecord::isStopped).forEach(r -> keys.put(r, keysOf(r)));
    boolean postgres = Dialect.of(em) == Dialect.POSTGRESQL;
    String tenant = tenantId.value();
    DocumentConnection.inTransaction(
        em,
        connection -> {
          if (postgres) {
            PostgresCopy.keepAll(connection, tenant, latest.values(), keys);
          } else {
            merge(connection, tenant, latest.values());
            deleteKeys(connection, tenant, latest.keySet());
            insertKeys(connection, tenant, keys);
          }
          return null;
        });
  }

  /** H2: the documents as JDBC batches of {@code MERGE ... KEY}. */
  private static void merge(
      Connection connection, String tenant, Collection<DocumentRecord> records)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(H2_MERGE)) {
      int pending = 0;
      for (DocumentRecord record : records) {
        DocumentMapper.bind(statement, tenant, record);
        statement.setString(DocumentMapper.COLUMN_COUNT + 1, tenant);
        statement.setString(DocumentMapper.COLUMN_COUNT + 2, record.documentId().value());
        statement.addBatch();
        if (++pending == BATCH) {
          statement.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        statement.executeBatch();
      }
    }
  }

  private static void deleteKeys(Connection connection, String tenant, Collection<String> ids)
      throws SQLException {
    for (List<String> chunk : Chunks.of(ids)) {
      try (PreparedStatement statement =
          connection.prepareStatement(
              "DELETE FROM stopped_document_key WHERE tenant_id = ? AND document_id IN ("
                  + placeholders(chunk.size())
                  + ")")) {
        statement.setString(1, tenant);
        for (int i = 0; i < chunk.size(); i++) {
          statement.setString(i + 2, chunk.get(i));
        }
        statement.executeUpdate();
      }
    }
  }

  private static void insertKeys(
      Connection connection,
      String tenant,
      Map<DocumentRecord, List<Map.Entry<String, String>>> keys)
      throws SQLException {
    if (keys.values().stream().allMatch(List::isEmpty)) {
      return;
    }
    try (PreparedStatement statement = connection.prepareStatement(INSERT_KEY)) {
      int pending = 0;
      for (Map.Entry<DocumentRecord, List<Map.Entry<String, String>>> document : keys.entrySet()) {
        for (Map.Entry<String, String> key : document.getValue()) {
          statement.setString(1, tenant);
          statement.setString(2, document.getKey().documentId().value());
          statement.setString(3, key.getKey());
          statement.setString(4, key.getValue());
          statement.addBatch();
          if (++pending == BATCH) {
            statement.executeBatch();
            pending = 0;
          }
        }
      }
      if (pending > 0) {
        statement.executeBatch();
      }
    }
  }

  /** The routing keys of a document as (kind, value) rows; keys too long to match are left out. */
  private static List<Map.Entry<String, String>> keysOf(DocumentRecord record) {
    RoutingKeys keys = RoutingKeys.of(record.reference());
    List<Map.Entry<String, String>> rows = new ArrayList<>();
    keys.customerNumbers().forEach(n -> rows.add(Map.entry(CUSTOMER_NUMBER, n.value())));
    keys.identifiers().forEach(i -> rows.add(Map.entry(i.scheme().name(), i.value())));
    rows.removeIf(row -> row.getValue().length() > MAX_KEY_LENGTH);
    return rows;
  }

  @Override
  public Optional<DocumentRecord> find(TenantId tenantId, DocumentId documentId) {
    return DocumentConnection.anyConnection(
            em,
            connection ->
                select(
                    connection,
                    SELECT + " WHERE tenant_id = ? AND document_id = ?",
                    List.of(tenantId.value(), documentId.value())))
        .stream()
        .findFirst();
  }

  @Override
  public List<DocumentRecord> findAll(TenantId tenantId, Set<DocumentId> documentIds) {
    if (documentIds.isEmpty()) {
      return List.of();
    }
    List<String> ids = documentIds.stream().map(DocumentId::value).toList();
    return DocumentConnection.anyConnection(
        em,
        connection -> {
          List<DocumentRecord> found = new ArrayList<>();
          for (List<String> chunk : Chunks.of(ids)) {
            List<Object> values = new ArrayList<>();
            values.add(tenantId.value());
            values.addAll(chunk);
            found.addAll(
                select(
                    connection,
                    SELECT
                        + " WHERE tenant_id = ? AND document_id IN ("
                        + placeholders(chunk.size())
                        + ")",
                    values));
          }
          found.sort(BY_ID);
          return found;
        });
  }

  @Override
  public List<DocumentRecord> findStoppedReferencing(
      TenantId tenantId, Set<CustomerNumber> customerNumbers, Set<Identifier> identifiers) {
    Map<String, Set<String>> wanted = new LinkedHashMap<>();
    customerNumbers.forEach(
        n -> wanted.computeIfAbsent(CUSTOMER_NUMBER, k -> new TreeSet<>()).add(n.value()));
    Map<IdentifierScheme, Set<String>> byScheme = new EnumMap<>(IdentifierScheme.class);
    identifiers.forEach(
        i -> byScheme.computeIfAbsent(i.scheme(), k -> new TreeSet<>()).add(i.value()));
    byScheme.forEach((scheme, values) -> wanted.put(scheme.name(), values));
    if (wanted.isEmpty()) {
      return List.of();
    }
    StringBuilder sql =
        new StringBuilder(SELECT)
            .append(" WHERE tenant_id = ? AND outcome = ? AND document_id IN")
            .append(
                " (SELECT k.document_id FROM stopped_document_key k WHERE k.tenant_id = ? AND (");
    List<Object> values =
        new ArrayList<>(List.of(tenantId.value(), Outcome.STOPPED.name(), tenantId.value()));
    String or = "";
    for (Map.Entry<String, Set<String>> kind : wanted.entrySet()) {
      sql.append(or)
          .append("(k.key_kind = ? AND k.key_value IN (")
          .append(placeholders(kind.getValue().size()))
          .append("))");
      values.add(kind.getKey());
      values.addAll(kind.getValue());
      or = " OR ";
    }
    sql.append(")) ORDER BY document_id");
    return DocumentConnection.anyConnection(
        em, connection -> select(connection, sql.toString(), values));
  }

  @Override
  public Page<DocumentRecord> list(
      TenantId tenantId, DocumentFilter filter, DocumentSort sort, PageRequest page) {
    List<Object> values = new ArrayList<>();
    String where = where(tenantId, filter, values);
    return DocumentConnection.anyConnection(
        em,
        connection -> {
          long total;
          try (PreparedStatement count =
              connection.prepareStatement("SELECT COUNT(*) FROM document" + where)) {
            bindAll(count, values);
            try (ResultSet rows = count.executeQuery()) {
              rows.next();
              total = rows.getLong(1);
            }
          }
          List<Object> paged = new ArrayList<>(values);
          paged.add(page.offset());
          paged.add(page.size());
          List<DocumentRecord> items =
              select(
                  connection,
                  SELECT
                      + where
                      + " ORDER BY "
                      + orderBy(sort)
                      + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                  paged);
          return new Page<>(items, page.page(), page.size(), total);
        });
  }

  @Override
  public Map<StopReason, Long> countByReason(TenantId tenantId, DocumentFilter filter) {
    List<Object> values = new ArrayList<>();
    String sql =
        "SELECT reason, COUNT(*) FROM document"
            + where(tenantId, filter, values)
            + STOPPED_ONLY
            + " GROUP BY reason";
    return DocumentConnection.anyConnection(
        em,
        connection -> {
          Map<StopReason, Long> counts = new EnumMap<>(StopReason.class);
          for (StopReason reason : StopReason.values()) {
            counts.put(reason, 0L);
          }
          try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bindAll(statement, values);
            try (ResultSet rows = statement.executeQuery()) {
              while (rows.next()) {
                if (rows.getString(1) != null) {
                  counts.put(StopReason.valueOf(rows.getString(1)), rows.getLong(2));
                }
              }
            }
          }
          return counts;
        });
  }

  @Override
  public List<DocumentRecord> findStopped(TenantId tenantId, DocumentFilter filter, int limit) {
    List<Object> values = new ArrayList<>();
    String sql =
        SELECT
            + where(tenantId, filter, values)
            + STOPPED_ONLY
            + " ORDER BY document_id FETCH FIRST ? ROWS ONLY";
    values.add(limit);
    return DocumentConnection.anyConnection(em, connection -> select(connection, sql, values));
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public int deleteStopped(TenantId tenantId, Set<DocumentId> documentIds) {
    List<String> ids = documentIds.stream().map(DocumentId::value).toList();
    return DocumentConnection.inTransaction(
        em,
        connection -> {
          int deleted = 0;
          for (List<String> chunk : Chunks.of(ids)) {
            List<Object> values = new ArrayList<>();
            values.add(tenantId.value());
            values.addAll(chunk);
            try (PreparedStatement statement =
                connection.prepareStatement(
                    "DELETE FROM document WHERE tenant_id = ?"
                        + STOPPED_ONLY
                        + " AND document_id IN ("
                        + placeholders(chunk.size())
                        + ")")) {
              bindAll(statement, values);
              deleted += statement.executeUpdate();
            }
          }
          return deleted;
        });
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public int deleteStopped(TenantId tenantId, DocumentFilter filter) {
    List<Object> values = new ArrayList<>();
    String sql = "DELETE FROM document" + where(tenantId, filter, values) + STOPPED_ONLY;
    return DocumentConnection.inTransaction(
        em,
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bindAll(statement, values);
            return statement.executeUpdate();
          }
        });
  }

  /**
   * {@code WHERE} the tenant's documents pass the filter, its values appended in order. The pattern
   * is tried on the document id and every reference as sent ({@code LIKE}, or {@code ILIKE} when it
   * ignores case): a scan of the tenant's documents, narrowed first by the other parts.
   */
  private static String where(TenantId tenantId, DocumentFilter filter, List<Object> values) {
    StringBuilder sql = new StringBuilder(" WHERE tenant_id = ?");
    values.add(tenantId.value());
    if (filter.outcome() != null) {
      sql.append(" AND outcome = ?");
      values.add(filter.outcome().name());
    }
    if (filter.reason() != null) {
      sql.append(" AND reason = ?");
      values.add(filter.reason().name());
    }
    if (filter.customerNumber() != null) {
      sql.append(" AND customer_number = ?");
      values.add(filter.customerNumber());
    }
    if (filter.receivedFrom() != null) {
      sql.append(" AND received_at >= ?");
      values.add(filter.receivedFrom().atOffset(ZoneOffset.UTC));
    }
    if (filter.receivedTo() != null) {
      sql.append(" AND received_at < ?");
      values.add(filter.receivedTo().atOffset(ZoneOffset.UTC));
    }
    SearchPattern pattern = filter.pattern();
    if (pattern != null) {
      boolean equality = pattern.exact() && pattern.caseSensitive();
      String compare =
          equality ? " = ?" : (pattern.caseSensitive() ? " LIKE ?" : " ILIKE ?") + " ESCAPE '\\'";
      String value = equality ? pattern.exactValue() : pattern.toSqlLike('\\');
      sql.append(" AND (");
      String or = "";
      for (String column : REFERENCE_COLUMNS) {
        sql.append(or).append(column).append(compare);
        values.add(value);
        or = " OR ";
      }
      sql.append(")");
    }
    return sql.toString();
  }

  private static String orderBy(DocumentSort sort) {
    return switch (sort) {
      case NEWEST_FIRST -> "received_at DESC, document_id";
      case OLDEST_FIRST -> "received_at, document_id";
      case DOCUMENT_ID -> "document_id";
    };
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public boolean delete(TenantId tenantId, DocumentId documentId) {
    return DocumentConnection.inTransaction(
        em,
        connection -> {
          try (PreparedStatement statement =
              connection.prepareStatement(
                  "DELETE FROM document WHERE tenant_id = ? AND document_id = ?")) {
            statement.setString(1, tenantId.value());
            statement.setString(2, documentId.value());
            return statement.executeUpdate() > 0;
          }
        });
  }

  private static List<DocumentRecord> select(Connection connection, String sql, List<Object> values)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bindAll(statement, values);
      List<DocumentRecord> found = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          found.add(DocumentMapper.read(rows));
        }
      }
      return found;
    }
  }

  private static void bindAll(PreparedStatement statement, List<Object> values)
      throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      statement.setObject(i + 1, values.get(i));
    }
  }

  private static String placeholders(int count) {
    return String.join(", ", java.util.Collections.nCopies(count, "?"));
  }
}
