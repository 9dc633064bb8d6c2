package com.routebook.adapter.persistence.contract;

import com.routebook.adapter.persistence.testing.TestDatabase;

class PostgresDocumentLogTest extends DocumentLogContract {
  @Override
  protected TestDatabase database() {
    return TestDatabase.postgresql();
  }
}
