package com.routebook.adapter.persistence.testing;

/**
 * The databases the adapter runs on, each test class run once per kind ({@link OnEachDatabase}).
 */
public enum DatabaseKind {
  H2,
  POSTGRESQL;

  /** The test database of this kind, migrated; PostgreSQL may abort or fail the test. */
  public TestDatabase database() {
    return this == H2 ? TestDatabase.h2() : TestDatabase.postgresql();
  }
}
