package com.routebook.adapter.persistence.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.adapter.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A {@code COPY ... TO STDOUT} whose reader gives up (a client gone in the middle of an export)
 * leaves its connection as it found it, on PostgreSQL: the same connection, which a pool hands to
 * the next request, answers its next statements with their own rows, whether the server was still
 * sending (many rows) or had sent everything already (few).
 */
class CopyOutStopTest {

  private static final IllegalStateException GONE = new IllegalStateException("client gone");

  @ParameterizedTest
  @ValueSource(ints = {5, 2_000_000})
  void a_copy_given_up_leaves_the_connection_ready_for_its_next_statement(int rows)
      throws SQLException {
    try (Connection connection = TestDatabase.postgresql().rawDataSource().getConnection()) {
      connection.setAutoCommit(false);
      List<String> read = new ArrayList<>();

      assertThatThrownBy(
              () ->
                  CopyText.copyOut(
                      connection,
                      "SELECT n, 'row ' || n FROM generate_series(1, " + rows + ") AS n",
                      fields -> {
                        read.add(fields[1]);
                        if (read.size() == 3) {
                          throw GONE;
                        }
                      }))
          .isSameAs(GONE);
      connection.rollback();

      assertThat(read).containsExactly("row 1", "row 2", "row 3");
      assertThat(connection.isClosed()).isFalse();
      try (Statement statement = connection.createStatement();
          ResultSet result = statement.executeQuery("SELECT 42, 'next'")) {
        assertThat(result.next()).isTrue();
        assertThat(result.getInt(1)).isEqualTo(42);
        assertThat(result.getString(2)).isEqualTo("next");
      }
      List<String> again = new ArrayList<>();
      CopyText.copyOut(
          connection, "SELECT 'again ' || n FROM generate_series(1, 3) AS n", f -> again.add(f[0]));
      assertThat(again).containsExactly("again 1", "again 2", "again 3");
      connection.commit();
    }
  }
}
