package com.routebook.adapter.persistence.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/**
 * The unit {@code routebook} outside the server: RESOURCE_LOCAL over a test database instead of JTA
 * over {@code jdbc/routebook}. Ports made here run each call in its own transaction, committed on
 * success and rolled back on failure, with a cleared persistence context afterwards, as each
 * request in the server would.
 */
public final class JpaTestSupport implements AutoCloseable {

  private static final Map<String, EntityManagerFactory> FACTORIES = new HashMap<>();

  private final EntityManager em;

  public JpaTestSupport(TestDatabase database) {
    this.em = factory(database).createEntityManager();
  }

  private static synchronized EntityManagerFactory factory(TestDatabase database) {
    return FACTORIES.computeIfAbsent(
        database.kind(),
        kind -> {
          Map<String, Object> properties = new HashMap<>();
          properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
          properties.put("jakarta.persistence.jtaDataSource", null);
          properties.put("jakarta.persistence.nonJtaDataSource", database.dataSource());
          properties.put("eclipselink.target-server", "None");
          properties.put("eclipselink.logging.level", "WARNING");
          properties.put("eclipselink.ddl-generation", "none");
          return Persistence.createEntityManagerFactory("routebook", properties);
        });
  }

  /** The entity manager the ports use. */
  public EntityManager entityManager() {
    return em;
  }

  /** The port, each of its calls in a transaction of its own. */
  public <T> T port(Class<T> type, T target) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              if (method.getDeclaringClass() == Object.class) {
                return method.invoke(target, args);
              }
              return inTransaction(() -> method.invoke(target, args));
            }));
  }

  /** Runs work in one transaction. */
  public <R> R inTransaction(Work<R> work) throws Throwable {
    EntityTransaction tx = em.getTransaction();
    tx.begin();
    try {
      R result = work.run();
      tx.commit();
      return result;
    } catch (InvocationTargetException e) {
      throw e.getCause();
    } finally {
      if (tx.isActive()) {
        tx.rollback();
      }
      em.clear();
    }
  }

  @Override
  public void close() {
    if (em.getTransaction().isActive()) {
      em.getTransaction().rollback();
    }
    em.close();
  }

  /** Work that may throw. */
  @FunctionalInterface
  public interface Work<R> {
    R run() throws Throwable;
  }
}
