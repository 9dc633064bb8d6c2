package com.routebook.adapter.persistence.support;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The few SQL differences between PostgreSQL and H2 that native queries must respect. Both sort
 * names by code point (PostgreSQL with {@code COLLATE "C"}, H2 by default), so results and their
 * order are the same on both.
 */
public enum Dialect {
  POSTGRESQL(" COLLATE \"C\""),
  H2("");

  private final String binaryCollation;

  Dialect(String binaryCollation) {
    this.binaryCollation = binaryCollation;
  }

  /** JNDI name of the server's datasource. */
  private static final String DATA_SOURCE = "jdbc/routebook";

  /** The server's dialect, found once (one server has one database). */
  private static volatile Dialect serverDialect;

  /**
   * The dialect of the database behind the entity manager: from the datasource or JDBC URL a unit
   * was built with (tests), else from the metadata of the server's datasource. Only public JPA and
   * JDBC types are used: the provider's own classes are not visible to applications in Liberty.
   */
  public static Dialect of(EntityManager em) {
    var properties = em.getEntityManagerFactory().getProperties();
    if (properties.get("jakarta.persistence.nonJtaDataSource") instanceof DataSource given) {
      return ofDataSource(given);
    }
    if (properties.get("jakarta.persistence.jdbc.url") instanceof String url) {
      return named(url);
    }
    Dialect known = serverDialect;
    if (known == null) {
      known = ofServerDataSource();
      serverDialect = known;
    }
    return known;
  }

  private static Dialect ofServerDataSource() {
    try {
      return ofDataSource((DataSource) new InitialContext().lookup(DATA_SOURCE));
    } catch (NamingException e) {
      throw new IllegalStateException("no datasource " + DATA_SOURCE, e);
    }
  }

  /** The dialects of the datasources asked about, each found once. */
  private static final Map<DataSource, Dialect> KNOWN =
      Collections.synchronizedMap(new WeakHashMap<>());

  /**
   * The dialect of the database behind the datasource: one connection is borrowed to tell, the
   * first time only.
   */
  public static Dialect ofDataSource(DataSource dataSource) {
    Dialect known = KNOWN.get(dataSource);
    if (known == null) {
      known = read(dataSource);
      KNOWN.put(dataSource, known);
    }
    return known;
  }

  private static Dialect read(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return named(connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new IllegalStateException("cannot tell the database behind " + dataSource, e);
    }
  }

  private static Dialect named(String urlOrProductName) {
    String name = urlOrProductName.toLowerCase(Locale.ROOT);
    if (name.contains("postgresql")) {
      return POSTGRESQL;
    }
    if (name.contains("h2")) {
      return H2;
    }
    throw new IllegalStateException("unsupported database " + urlOrProductName);
  }

  /** An expression that orders a text column by code point. */
  public String binary(String column) {
    return column + binaryCollation;
  }
}
