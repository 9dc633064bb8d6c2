package com.routebook.adapter.persistence.support;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * A native SQL statement built piece by piece, each value bound as its own positional parameter
 * ({@code ?1}, {@code ?2}, ... for JPA, plain {@code ?} for JDBC), never concatenated into the
 * text. The one exception is a statement that cannot take parameters ({@link #inlined}): there each
 * value is written in by a function that quotes it as the database reads it.
 */
public final class NativeSql {

  /**
   * The text as JDBC takes it (plain {@code ?}); JPA's numbered form is made from it when asked.
   * (Both were built side by side; most statements run through JDBC, and each search built a second
   * copy of its 4 kB text for nothing.)
   */
  private final StringBuilder jdbc = new StringBuilder();

  private final List<Object> values = new ArrayList<>();
  private final List<Integer> placeholders = new ArrayList<>();

  /** Appends SQL text (never user input). */
  public NativeSql sql(String text) {
    jdbc.append(text);
    return this;
  }

  /** Appends a parameter placeholder bound to value. */
  public NativeSql value(Object value) {
    values.add(value);
    placeholders.add(jdbc.length());
    jdbc.append('?');
    return this;
  }

  /** The query, with its parameters bound. */
  public Query query(EntityManager em) {
    Query query = em.createNativeQuery(toString());
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

  /**
   * The text with every value written in place by literal, for the statements that take no
   * parameters (PostgreSQL's {@code COPY (query) TO STDOUT}): literal must quote and escape as the
   * database reads it, as the driver's own {@code escapeLiteral} does.
   */
  public String inlined(Function<Object, String> literal) {
    return replaced(64, i -> literal.apply(values.get(i)));
  }

  /** The text with the i-th placeholder replaced by what the function gives for i. */
  private String replaced(int roomPerValue, IntFunction<String> placeholder) {
    StringBuilder text = new StringBuilder(jdbc.length() + roomPerValue * values.size());
    int from = 0;
    for (int i = 0; i < values.size(); i++) {
      int at = placeholders.get(i);
      text.append(jdbc, from, at).append(placeholder.apply(i));
      from = at + 1;
    }
    return text.append(jdbc, from, jdbc.length()).toString();
  }

  /** The text as JDBC receives it (plain {@code ?} placeholders). */
  public String jdbcText() {
    return jdbc.toString();
  }

  /** The text as JPA receives it (numbered placeholders {@code ?1}, {@code ?2}, ...). */
  @Override
  public String toString() {
    return replaced(3, i -> "?" + (i + 1));
  }
}
