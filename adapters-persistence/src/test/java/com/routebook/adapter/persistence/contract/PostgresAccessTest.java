package com.routebook.adapter.persistence.contract;

import com.routebook.adapter.persistence.testing.TestDatabase;

class PostgresAccessTest extends AccessContract {
  @Override
  protected TestDatabase database() {
    return TestDatabase.postgresql();
  }
}
