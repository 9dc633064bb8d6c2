package com.routebook.adapter.persistence.contract;

import com.routebook.adapter.persistence.testing.TestDatabase;

class PostgresCustomerDirectoryTest extends CustomerDirectoryContract {
  @Override
  protected TestDatabase database() {
    return TestDatabase.postgresql();
  }
}
