package com.routebook.adapter.rest.problem;

import static org.assertj.core.api.Assertions.catchThrowable;

import com.routebook.domain.DomainException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The problem a client is answered for what a call throws, domain error or adapter problem. */
public final class Thrown {

  private Thrown() {}

  /** The problem of the call's failure; fails when the call throws neither kind. */
  public static Problem problem(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    if (thrown instanceof DomainException domain) {
      return Problems.of(domain);
    }
    if (thrown instanceof ProblemException problem) {
      return problem.problem();
    }
    throw new AssertionError("expected a domain error or a problem, got " + thrown, thrown);
  }
}
