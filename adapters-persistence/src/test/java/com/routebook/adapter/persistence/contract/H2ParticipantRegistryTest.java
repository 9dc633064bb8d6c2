package com.routebook.adapter.persistence.contract;

import com.routebook.adapter.persistence.testing.TestDatabase;

class H2ParticipantRegistryTest extends ParticipantRegistryContract {
  @Override
  protected TestDatabase database() {
    return TestDatabase.h2();
  }
}
