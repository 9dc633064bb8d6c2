package com.routebook.adapter.persistence.document;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The JDBC connection the document log's statements run on. Inside a transaction it is the entity
 * manager's own ({@code em.unwrap(Connection.class)}): in the server the JTA datasource's
 * connection enlisted in the caller's transaction, shared with JPA; in tests outside the server the
 * resource local transaction's. Outside a transaction (reads only) a connection of the same
 * datasource is taken and closed again.
 */
final class DocumentConnection {

  /** JNDI name of the server's datasource. */
  private static final String DATA_SOURCE = "jdbc/routebook";

  private DocumentConnection() {}

  /** Work on a connection. */
  @FunctionalInterface
  interface Work<R> {
    R run(Connection connection) throws SQLException;
  }

  /** Runs work on the connection of the running transaction; refuses when there is none. */
  static <R> R inTransaction(EntityManager em, Work<R> work) {
    Connection connection = transactional(em);
    if (connection == null) {
      throw new IllegalStateException("the document log is written only inside a transaction");
    }
    return run(work, connection);
  }

  /** Runs work on the running transaction's connection, or on a connection of its own. */
  static <R> R anyConnection(EntityManager em, Work<R> work) {
    Connection connection = transactional(em);
    if (connection != null) {
      return run(work, connection);
    }
    try (Connection own = dataSource(em).getConnection()) {
      return work.run(own);
    } catch (SQLException e) {
      throw new PersistenceException("document log: " + e.getMessage(), e);
    }
  }

  private static <R> R run(Work<R> work, Connection connection) {
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw new PersistenceException("document log: " + e.getMessage(), e);
    }
  }

  private static Connection transactional(EntityManager em) {
    return em.isJoinedToTransaction() ? em.unwrap(Connection.class) : null;
  }

  private static DataSource dataSource(EntityManager em) {
    Object given =
        em.getEntityManagerFactory().getProperties().get("jakarta.persistence.nonJtaDataSource");
    if (given instanceof DataSource dataSource) {
      return dataSource;
    }
    try {
      return (DataSource) new InitialContext().lookup(DATA_SOURCE);
    } catch (NamingException e) {
      throw new IllegalStateException("no datasource " + DATA_SOURCE, e);
    }
  }
}
