package com.routebook.adapter.persistence.support;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A native SQL statement built piece by piece, each value bound as its own positional parameter
 * ({@code ?1}, {@code ?2}, ... for JPA, plain {@code ?} for JDBC), never concatenated into the
 * text.
 */
public final class NativeSql {

  private final StringBuilder sql = new StringBuilder();
  private final StringBuilder jdbc = new StringBuilder();
  private final List<Object> values = new ArrayList<>();

  /** Appends SQL text (never user input). */
  public NativeSql sql(String text) {
    sql.append(text);
    jdbc.append(text);
    return this;
  }

  /** Appends a parameter placeholder bound to value. */
  public NativeSql value(Object value) {
    values.add(value);
    sql.append('?').append(values.size());
    jdbc.append('?');
    return this;
  }

  /** The query, with its parameters bound. */
  public Query query(EntityManager em) {
    Query query = em.createNativeQuery(sql.toString());
    for (int i = 0; i < values.size(); i++) {
      query.setParameter(i + 1, values.get(i));
    }
    return query;
  }

  /** The statement on a JDBC connection, with its parameters bound; the caller closes it. */
  public PreparedStatement prepare(Connection connection) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(jdbc.toString());
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

  /** The text as JDBC receives it (plain {@code ?} placeholders). */
  public String jdbcText() {
    return jdbc.toString();
  }

  @Override
  public String toString() {
    return sql.toString();
  }
}
