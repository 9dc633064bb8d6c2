package com.routebook.adapter.persistence.support;

import jakarta.persistence.EntityManager;
import org.eclipse.persistence.internal.databaseaccess.Platform;
import org.eclipse.persistence.sessions.Session;

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

  /** The dialect of the database behind the entity manager. */
  public static Dialect of(EntityManager em) {
    Platform platform = em.unwrap(Session.class).getDatasourcePlatform();
    if (platform.isPostgreSQL()) {
      return POSTGRESQL;
    }
    if (platform.isH2()) {
      return H2;
    }
    throw new IllegalStateException(
        "unsupported database platform " + platform.getClass().getName());
  }

  /** An expression that orders a text column by code point. */
  public String binary(String column) {
    return column + binaryCollation;
  }
}
