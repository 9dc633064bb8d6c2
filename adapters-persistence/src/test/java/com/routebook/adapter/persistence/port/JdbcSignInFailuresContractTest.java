package com.routebook.adapter.persistence.port;

import com.routebook.adapter.persistence.access.JdbcSignInFailures;
import com.routebook.adapter.persistence.testing.DatabaseKind;
import com.routebook.adapter.persistence.testing.OnEachDatabase;
import com.routebook.adapter.persistence.testing.TestDatabase;
import com.routebook.application.port.out.SignInFailures;
import com.routebook.application.port.out.contract.SignInFailuresContract;
import org.junit.jupiter.params.Parameter;

/** The sign-in failures contract on the JDBC adapter. */
@OnEachDatabase
class JdbcSignInFailuresContractTest extends SignInFailuresContract {

  @Parameter DatabaseKind kind;

  @Override
  protected SignInFailures signInFailures() {
    TestDatabase database = kind.database();
    database.empty();
    return new JdbcSignInFailures(database.dataSource());
  }
}
