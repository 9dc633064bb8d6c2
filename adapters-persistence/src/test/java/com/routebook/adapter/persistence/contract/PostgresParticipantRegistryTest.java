package com.routebook.adapter.persistence.contract;

import com.routebook.adapter.persistence.testing.TestDatabase;

class PostgresParticipantRegistryTest extends ParticipantRegistryContract {
  @Override
  protected TestDatabase database() {
    return TestDatabase.postgresql();
  }
}
