package com.routebook.application.fake;

import com.routebook.application.port.out.SignInFailures;
import com.routebook.application.port.out.contract.SignInFailuresContract;

class InMemorySignInFailuresContractTest extends SignInFailuresContract {

  @Override
  protected SignInFailures signInFailures() {
    return new InMemorySignInFailures();
  }
}
