package com.routebook.adapter.persistence.contract;

import com.routebook.adapter.persistence.testing.TestDatabase;

class PostgresAuditTrailTest extends AuditTrailContract {
  @Override
  protected TestDatabase database() {
    return TestDatabase.postgresql();
  }
}
