package com.routebook.adapter.persistence.contract;

import com.routebook.adapter.persistence.testing.TestDatabase;

class PostgresDemoDataTest extends DemoDataContract {
  @Override
  protected TestDatabase database() {
    return TestDatabase.postgresql();
  }
}
