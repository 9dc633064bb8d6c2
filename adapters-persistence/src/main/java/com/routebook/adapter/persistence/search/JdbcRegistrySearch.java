package com.routebook.adapter.persistence.search;

import com.routebook.adapter.persistence.support.LikeSearch;
import com.routebook.adapter.persistence.support.NativeSql;
import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.out.RegistrySearch;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.identifier.IdentifierScheme;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ParticipantStatus;
import com.routebook.domain.participant.ServiceProvider;
import com.routebook.domain.participant.ServiceProviderId;
import com.routebook.domain.search.SearchPattern;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Registry search on plain JDBC over the server's datasource: one statement per page that finds the
 * hits (the name and the normalized identifiers by trigram or B-tree index, the providers through
 * the small provider table), counts them, sorts one page and reads that page's rows with their
 * identifiers and providers in order. Without a pattern the page comes from the name-ordered index
 * and the total from a count of the table, in the same statement.
 */
@ApplicationScoped
public class JdbcRegistrySearch implements RegistrySearch {

  @Resource(lookup = "jdbc/routebook")
  private DataSource dataSource;

  /** The equality searches' own pool (see {@link SearchStatements}). */
  @Resource(lookup = "jdbc/routebookEqualitySearch")
  private DataSource equalityDataSource;

  private volatile SearchStatements statements;

  /** For CDI. */
  public JdbcRegistrySearch() {}

  /** With a datasource of the caller's for every search (tests outside the server). */
  public JdbcRegistrySearch(DataSource dataSource) {
    this(dataSource, dataSource);
  }

  /** With the caller's datasources: the equality searches' and the others'. */
  public JdbcRegistrySearch(DataSource dataSource, DataSource equalityDataSource) {
    this.dataSource = dataSource;
    this.equalityDataSource = equalityDataSource;
  }

  @Override
  public Page<ParticipantSummary> search(SearchPattern pattern, PageRequest page) {
    SearchStatements.Result<ParticipantSummary> result =
        statements()
            .query(
                statement(pattern, page),
                JdbcRegistrySearch::row,
                SearchStatements.equalitiesOnly(pattern));
    return result.page(page);
  }

  /** The one statement of a page. */
  NativeSql statement(SearchPattern pattern, PageRequest page) {
    SearchStatements support = statements();
    NativeSql sql = new NativeSql();
    if (pattern == null || pattern.matchesEverything()) {
      sql.sql("WITH t AS (SELECT COUNT(*) AS total FROM participant),")
          .sql(" pg AS (SELECT p.id, p.name FROM participant p ORDER BY ")
          .sql(support.dialect().binary("p.name"))
          .sql(", p.id");
      SearchStatements.paged(sql, page).sql(")");
    } else {
      sql.sql("WITH hit AS (");
      if (LikeSearch.indexable(pattern)) {
        hits(sql, pattern);
      } else {
        scannedHits(sql, pattern);
      }
      sql.sql(")");
      support.pageOfHits(sql, page);
    }
    return sql.sql(
            " SELECT t.total, p.id, p.name, p.country, p.e_address, p.status,"
                + " p.default_provider_id,"
                + " (SELECT ARRAY_AGG(i.scheme ORDER BY i.position) FROM participant_identifier i"
                + " WHERE i.participant_id = p.id AND i.position > 0),"
                + " (SELECT ARRAY_AGG(i.normalized_value ORDER BY i.position)"
                + " FROM participant_identifier i WHERE i.participant_id = p.id AND i.position > 0),"
                + " (SELECT ARRAY_AGG(l.service_provider_id ORDER BY l.position)"
                + " FROM participant_provider l WHERE l.participant_id = p.id),"
                + " (SELECT ARRAY_AGG(s.name ORDER BY l.position) FROM participant_provider l"
                + " JOIN service_provider s ON s.id = l.service_provider_id"
                + " WHERE l.participant_id = p.id)"
                + " FROM t LEFT JOIN pg ON TRUE LEFT JOIN participant p ON p.id = pg.id"
                + " ORDER BY ")
        .sql(support.dialect().binary("pg.name"))
        .sql(", pg.id");
  }

  /**
   * The participants (id, name) the pattern finds by name, identifier or E-address, or by the name
   * of one of their providers.
   */
  private static NativeSql hits(NativeSql sql, SearchPattern pattern) {
    LikeSearch like = new LikeSearch(pattern);
    sql.sql("SELECT p.id, p.name FROM participant p WHERE ");
    like.text(sql, "p.name");
    sql.sql(
        " UNION SELECT p.id, p.name FROM participant_identifier i"
            + " JOIN participant p ON p.id = i.participant_id WHERE ");
    like.identifier(sql, "i.normalized_value", "i.scheme");
    sql.sql(
        " UNION SELECT p.id, p.name FROM service_provider s"
            + " JOIN participant_provider l ON l.service_provider_id = s.id"
            + " JOIN participant p ON p.id = l.participant_id WHERE ");
    like.text(sql, "s.name");
    return sql;
  }

  /**
   * The same hits for a pattern that no trigram index can serve (a literal run shorter than three
   * characters): one pass over the participants, each tried on every field.
   */
  private static NativeSql scannedHits(NativeSql sql, SearchPattern pattern) {
    LikeSearch like = new LikeSearch(pattern);
    sql.sql("SELECT p.id, p.name FROM participant p WHERE ");
    like.text(sql, "p.name");
    sql.sql(
        " OR EXISTS (SELECT 1 FROM participant_identifier i WHERE i.participant_id = p.id AND ");
    like.identifier(sql, "i.normalized_value", "i.scheme");
    sql.sql(
        ") OR EXISTS (SELECT 1 FROM participant_provider l"
            + " JOIN service_provider s ON s.id = l.service_provider_id"
            + " WHERE l.participant_id = p.id AND ");
    like.text(sql, "s.name");
    return sql.sql(")");
  }

  private static ParticipantSummary row(ResultSet rows) throws SQLException {
    List<String> schemes = SearchStatements.strings(rows, 8);
    List<String> values = SearchStatements.strings(rows, 9);
    List<Identifier> identifiers = new ArrayList<>(schemes.size());
    for (int i = 0; i < schemes.size(); i++) {
      identifiers.add(Identifier.stored(IdentifierScheme.valueOf(schemes.get(i)), values.get(i)));
    }
    String defaultProvider = rows.getString(7);
    List<String> providerIds = SearchStatements.strings(rows, 10);
    List<String> providerNames = SearchStatements.strings(rows, 11);
    List<ProviderOption> providers = new ArrayList<>(providerIds.size());
    for (int i = 0; i < providerIds.size(); i++) {
      providers.add(
          new ProviderOption(
              new ServiceProvider(new ServiceProviderId(providerIds.get(i)), providerNames.get(i)),
              providerIds.get(i).equals(defaultProvider)));
    }
    return new ParticipantSummary(
        new ParticipantId(rows.getString(2)),
        rows.getString(3),
        rows.getString(4),
        rows.getString(5),
        identifiers,
        providers,
        ParticipantStatus.valueOf(rows.getString(6)));
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
