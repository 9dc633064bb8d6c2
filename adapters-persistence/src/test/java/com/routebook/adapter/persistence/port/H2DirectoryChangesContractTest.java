package com.routebook.adapter.persistence.port;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.adapter.persistence.support.FollowedDirectoryChanges;
import com.routebook.adapter.persistence.testing.TestDatabase;
import com.routebook.application.port.out.DirectoryChanges;
import com.routebook.application.port.out.contract.DirectoryChangesContract;
import com.routebook.domain.tenant.TenantId;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract on H2, where nothing is followed: there is never a mark, so nothing is trusted. */
class H2DirectoryChangesContractTest extends DirectoryChangesContract {

  private final FollowedDirectoryChanges changes =
      new FollowedDirectoryChanges(TestDatabase.h2().rawDataSource());

  @Override
  protected DirectoryChanges directoryChanges() {
    return changes;
  }

  @Override
  protected void change(String sql, TenantId tenant) throws SQLException {
    try (Connection connection = TestDatabase.h2().rawDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  @Override
  protected Iterable<String> kindsOfChange() {
    return List.of(changeOfOneTenant());
  }

  @Override
  protected String changeOfOneTenant() {
    return "UPDATE customer SET state = state WHERE false";
  }

  @Test
  void there_is_never_a_mark_even_after_a_write_announced_here() {
    changes.changedHere();
    changes.changedHere(tenant());

    assertThat(changes.mark(tenant())).isEmpty();
  }
}
