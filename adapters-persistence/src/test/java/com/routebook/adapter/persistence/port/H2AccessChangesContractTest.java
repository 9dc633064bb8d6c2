package com.routebook.adapter.persistence.port;

import com.routebook.adapter.persistence.access.FollowedAccessChanges;
import com.routebook.adapter.persistence.testing.TestDatabase;
import com.routebook.application.port.out.AccessChanges;
import com.routebook.application.port.out.contract.AccessChangesContract;

class H2AccessChangesContractTest extends AccessChangesContract {

  @Override
  protected AccessChanges accessChanges() {
    return new FollowedAccessChanges(TestDatabase.h2().rawDataSource());
  }
}
