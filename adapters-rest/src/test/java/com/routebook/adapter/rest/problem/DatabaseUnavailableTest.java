package com.routebook.adapter.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

  @Test
  void a_lost_or_refused_connection_anywhere_in_the_causes_is_the_database_unavailable() {
    assertThat(
            UnexpectedExceptionMapper.databaseUnavailable(
                new IllegalStateException(
                    "routing look-up failed", new SQLException("I/O error", "08006"))))
        .isTrue();
    assertThat(
            UnexpectedExceptionMapper.databaseUnavailable(
                new RuntimeException(new SQLException("terminating connection", "57P01"))))
        .isTrue();
    assertThat(
            UnexpectedExceptionMapper.databaseUnavailable(
                new RuntimeException(new SQLTransientConnectionException("pool wait timed out"))))
        .isTrue();
  }

  @Test
  void a_transaction_that_could_not_commit_is_the_database_unavailable() {
    class RollbackException extends Exception {}

    assertThat(UnexpectedExceptionMapper.databaseUnavailable(new RollbackException())).isTrue();
  }

  @Test
  void any_other_failure_is_not() {
    assertThat(
            UnexpectedExceptionMapper.databaseUnavailable(
                new IllegalStateException("bad", new SQLException("syntax", "42601"))))
        .isFalse();
    assertThat(
            UnexpectedExceptionMapper.databaseUnavailable(
                new SQLException("no state", (String) null)))
        .isFalse();
    assertThat(UnexpectedExceptionMapper.databaseUnavailable(new NullPointerException())).isFalse();
  }
}
