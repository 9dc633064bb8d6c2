package com.routebook.adapter.persistence.support;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * A native SQL statement built piece by piece, each value bound as its own positional parameter
 * ({@code ?1}, {@code ?2}, ...), never concatenated into the text.
 */
public final class NativeSql {

  private final StringBuilder sql = new StringBuilder();
  private final List<Object> values = new ArrayList<>();

  /** Appends SQL text (never user input). */
  public NativeSql sql(String text) {
    sql.append(text);
    return this;
  }

  /** Appends a parameter placeholder bound to value. */
  public NativeSql value(Object value) {
    values.add(value);
    sql.append('?').append(values.size());
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

  @Override
  public String toString() {
    return sql.toString();
  }
}
