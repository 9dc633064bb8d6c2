package com.routebook.adapter.persistence.search;

import com.routebook.adapter.persistence.support.Dialect;
import com.routebook.adapter.persistence.support.LikeSearch;
import com.routebook.adapter.persistence.support.NativeSql;
import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.out.DirectorySearch;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ParticipantStatus;
import com.routebook.domain.participant.ServiceProvider;
import com.routebook.domain.participant.ServiceProviderId;
import com.routebook.domain.search.SearchPattern;
import com.routebook.domain.tenant.TenantId;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Directory search on plain JDBC over the server's datasource: one statement per page that finds
 * the tenant's hits (each branch of the union from its own index: the participant name and the
 * normalized identifiers by trigram or B-tree, the provider names through the small provider table,
 * the customer numbers by the tenant's key or trigram), counts them, sorts one page and reads that
 * page's rows with their numbers, organization and VAT numbers and provider. Every branch and the
 * page's join name the tenant.
 */
@ApplicationScoped
public class JdbcDirectorySearch implements DirectorySearch {

  /** The chosen provider counts while the participant still offers it, else the default. */
  private static final String STILL_OFFERED =
      "SELECT 1 FROM participant_provider l WHERE l.participant_id = c.participant_id"
          + " AND l.service_provider_id = c.service_provider_id";

  private static final String CUSTOMER_OF =
      " JOIN participant p ON p.id = c.participant_id WHERE c.tenant_id = ";

  @Resource(lookup = "jdbc/routebook")
  private DataSource dataSource;

  /** The equality searches' own pool (see {@link SearchStatements}). */
  @Resource(lookup = "jdbc/routebookEqualitySearch")
  private DataSource equalityDataSource;

  private volatile SearchStatements statements;

  private final NameOrder names = new NameOrder(() -> dataSource);

  /** For CDI. */
  public JdbcDirectorySearch() {}

  /** With a datasource of the caller's for every search (tests outside the server). */
  public JdbcDirectorySearch(DataSource dataSource) {
    this(dataSource, dataSource);
  }

  /** With the caller's datasources: the equality searches' and the others'. */
  public JdbcDirectorySearch(DataSource dataSource, DataSource equalityDataSource) {
    this.dataSource = dataSource;
    this.equalityDataSource = equalityDataSource;
  }

  @Override
  public Page<CustomerSummary> search(TenantId tenantId, Query query) {
    SearchStatements.Result<CustomerSummary> result =
        statements()
            .query(
                statement(tenantId, query),
                JdbcDirectorySearch::row,
                SearchStatements.equalitiesOnly(query.pattern()));
    return result.page(query.page());
  }

  /** The one statement of a page (package-visible for the benchmark's copy and the tests). */
  NativeSql statement(
      TenantId tenantId, SearchPattern pattern, CustomerState state, PageRequest page) {
    return statement(tenantId, new Query(pattern, StateFilter.of(state), null, null, page));
  }

  /** The one statement of a page of the query. */
  NativeSql statement(TenantId tenantId, Query query) {
    SearchStatements support = statements();
    Dialect dialect = support.dialect();
    String tenant = tenantId.value();
    SearchPattern pattern = query.pattern();
    StateFilter state = query.state();
    NativeSql sql = new NativeSql().sql("WITH hit AS (");
    selected(sql, tenant, pattern, state);
    sql.sql(")");
    boolean byCustomer = query.sort() != Sort.NAME && query.sort() != Sort.NAME_DESC;
    sql.sql(", t AS (SELECT COUNT(*) AS total FROM hit)");
    sql.sql(", pg AS (SELECT hit.id, hit.name FROM hit");
    if (byCustomer) {
      sql.sql(" JOIN customer sc ON sc.id = hit.id");
    }
    sql.sql(" ORDER BY ").sql(order(query, "sc", "hit.name", "hit.id", dialect));
    SearchStatements.paged(sql, query.page()).sql(")");
    sql.sql(
            " SELECT t.total, c.id, p.name, p.id, p.e_address, p.status, c.state, c.version,"
                + " (SELECT i.normalized_value FROM participant_identifier i"
                + " WHERE i.participant_id = p.id AND i.scheme = 'ORGANIZATION_NUMBER'"
                + " ORDER BY i.position FETCH FIRST 1 ROWS ONLY),"
                + " (SELECT i.normalized_value FROM participant_identifier i"
                + " WHERE i.participant_id = p.id AND i.scheme = 'VAT'"
                + " ORDER BY i.position FETCH FIRST 1 ROWS ONLY),"
                + " (SELECT ARRAY_AGG(n.number ORDER BY n.position) FROM customer_number n"
                + " WHERE n.tenant_id = c.tenant_id AND n.customer_id = c.id),"
                + " COALESCE(csp.id, dsp.id), COALESCE(csp.name, dsp.name)"
                + " FROM t LEFT JOIN pg ON TRUE"
                + " LEFT JOIN customer c ON c.id = pg.id AND c.tenant_id = ")
        .value(tenant)
        .sql(
            " LEFT JOIN participant p ON p.id = c.participant_id"
                + " LEFT JOIN service_provider dsp ON dsp.id = p.default_provider_id"
                + " LEFT JOIN participant_provider pp ON pp.participant_id = c.participant_id"
                + " AND pp.service_provider_id = c.service_provider_id"
                + " LEFT JOIN service_provider csp ON csp.id = pp.service_provider_id"
                + " ORDER BY ")
        .sql(order(query, "c", "pg.name", "pg.id", dialect));
    return sql;
  }

  private String order(Query query, String customer, String name, String id, Dialect dialect) {
    return order(names, query.sort(), query.language(), customer, name, id, dialect);
  }

  /**
   * The order of a list (a page, or an export): the sort's key (the name in the language, the
   * customer's state or its last change), then the name in the language, by code point, and the id;
   * {@code customer}, {@code name} and {@code id} name the customer, the participant's name and the
   * customer's id in the statement.
   */
  static String order(
      NameOrder names,
      Sort sort,
      String language,
      String customer,
      String name,
      String id,
      Dialect dialect) {
    String byName = names.orderBy(name, language, dialect);
    String key =
        switch (sort) {
          case NAME, NAME_DESC -> byName;
          case STATE, STATE_DESC -> customer + ".state";
          case UPDATED_AT, UPDATED_AT_DESC -> customer + ".updated_at";
        };
    String order = key + (sort.descending() ? " DESC" : "");
    if (!key.equals(byName)) {
      order += ", " + byName;
    }
    String binary = dialect.binary(name);
    if (!binary.equals(byName)) {
      order += ", " + binary;
    }
    return order + ", " + id;
  }

  /**
   * The tenant's customers (id, participant name) a list shows: those the state filter shows, and
   * of them those the pattern finds unless there is none or it matches everything.
   */
  static void selected(NativeSql sql, String tenant, SearchPattern pattern, StateFilter state) {
    if (pattern == null || pattern.matchesEverything()) {
      sql.sql("SELECT c.id, p.name FROM customer c").sql(CUSTOMER_OF).value(tenant);
      state(sql, state);
    } else {
      hits(sql, tenant, pattern, state);
    }
  }

  /**
   * The tenant's customers (id, participant name) the pattern finds among those the state filter
   * shows: by participant name, identifier or E-address, by the name of the provider routing uses,
   * or by customer number.
   */
  private static void hits(NativeSql sql, String tenant, SearchPattern pattern, StateFilter state) {
    if (LikeSearch.indexable(pattern)) {
      indexedHits(sql, tenant, pattern, state);
    } else {
      scannedHits(sql, tenant, pattern, state);
    }
  }

  /** The hits through the indexes, one branch of a union per kind of field. */
  private static void indexedHits(
      NativeSql sql, String tenant, SearchPattern pattern, StateFilter state) {
    LikeSearch like = new LikeSearch(pattern);
    sql.sql("SELECT c.id, p.name FROM customer c").sql(CUSTOMER_OF).value(tenant);
    state(sql, state).sql(" AND ");
    like.text(sql, "p.name");
    sql.sql(
            " UNION SELECT c.id, p.name FROM participant_identifier i"
                + " JOIN customer c ON c.participant_id = i.participant_id")
        .sql(CUSTOMER_OF)
        .value(tenant);
    state(sql, state).sql(" AND ");
    like.identifier(sql, "i.normalized_value", "i.scheme");
    sql.sql(
            " UNION SELECT c.id, p.name FROM service_provider s"
                + " JOIN customer c ON c.service_provider_id = s.id")
        .sql(CUSTOMER_OF)
        .value(tenant);
    state(sql, state).sql(" AND ");
    like.text(sql, "s.name");
    sql.sql(" AND EXISTS (").sql(STILL_OFFERED).sql(")");
    sql.sql(
            " UNION SELECT c.id, p.name FROM service_provider s"
                + " JOIN participant p ON p.default_provider_id = s.id"
                + " JOIN customer c ON c.participant_id = p.id WHERE c.tenant_id = ")
        .value(tenant);
    state(sql, state).sql(" AND ");
    like.text(sql, "s.name");
    sql.sql(" AND NOT EXISTS (").sql(STILL_OFFERED).sql(")");
    sql.sql(
            " UNION SELECT c.id, p.name FROM customer_number n"
                + " JOIN customer c ON c.id = n.customer_id AND c.tenant_id = n.tenant_id")
        .sql(CUSTOMER_OF)
        .value(tenant);
    state(sql, state).sql(" AND n.tenant_id = ").value(tenant).sql(" AND ");
    like.text(sql, "n.number");
  }

  /**
   * The same hits for a pattern that no trigram index can serve (a literal run shorter than three
   * characters, e.g. {@code *AB*}): the tenant's customers read through the tenant's key, each
   * tried on every field, so the cost grows with the tenant's directory and not with the registry.
   */
  private static void scannedHits(
      NativeSql sql, String tenant, SearchPattern pattern, StateFilter state) {
    LikeSearch like = new LikeSearch(pattern);
    sql.sql("SELECT c.id, p.name FROM customer c").sql(CUSTOMER_OF).value(tenant);
    state(sql, state).sql(" AND (");
    like.text(sql, "p.name");
    sql.sql(
        " OR EXISTS (SELECT 1 FROM participant_identifier i WHERE i.participant_id = p.id AND ");
    like.identifier(sql, "i.normalized_value", "i.scheme");
    sql.sql(") OR EXISTS (SELECT 1 FROM service_provider s WHERE ");
    like.text(sql, "s.name");
    sql.sql(" AND ((s.id = c.service_provider_id AND EXISTS (")
        .sql(STILL_OFFERED)
        .sql(")) OR (s.id = p.default_provider_id AND NOT EXISTS (")
        .sql(STILL_OFFERED)
        .sql(")))) OR EXISTS (SELECT 1 FROM customer_number n")
        .sql(" WHERE n.tenant_id = c.tenant_id AND n.customer_id = c.id AND ");
    like.text(sql, "n.number");
    sql.sql("))");
  }

  /**
   * Appends the state filter over {@code c} (customer) and {@code p} (its participant): the
   * customer's state, a non-existing participant, or either that or a chosen provider the
   * participant no longer offers (needs attention).
   */
  static NativeSql state(NativeSql sql, StateFilter state) {
    if (state == null) {
      return sql;
    }
    return switch (state) {
      case ACTIVE, INACTIVE -> sql.sql(" AND c.state = ").value(state.name());
      case NON_EXISTING -> sql.sql(" AND p.status <> 'ACTIVE'");
      case NEEDS_ATTENTION ->
          sql.sql(" AND (p.status <> 'ACTIVE' OR NOT EXISTS (").sql(STILL_OFFERED).sql("))");
    };
  }

  private static CustomerSummary row(ResultSet rows) throws SQLException {
    return new CustomerSummary(
        new CustomerId(rows.getString(2)),
        rows.getString(3),
        new ParticipantId(rows.getString(4)),
        rows.getString(5),
        rows.getString(9),
        rows.getString(10),
        SearchStatements.strings(rows, 11),
        new ServiceProvider(new ServiceProviderId(rows.getString(12)), rows.getString(13)),
        CustomerState.valueOf(rows.getString(7)),
        ParticipantStatus.valueOf(rows.getString(6)).nonExisting(),
        rows.getLong(8));
  }

  private SearchStatements statements() {
    SearchStatements known = statements;
    if (known == null) {
      known = new SearchStatements(dataSource, equalityDataSource);
      statements = known;
    }
    return known;
  }
}
