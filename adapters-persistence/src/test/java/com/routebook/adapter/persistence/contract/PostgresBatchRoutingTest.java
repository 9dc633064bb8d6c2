package com.routebook.adapter.persistence.contract;

import com.routebook.adapter.persistence.testing.TestDatabase;

class PostgresBatchRoutingTest extends BatchRoutingContract {
  @Override
  protected TestDatabase database() {
    return TestDatabase.postgresql();
  }
}
