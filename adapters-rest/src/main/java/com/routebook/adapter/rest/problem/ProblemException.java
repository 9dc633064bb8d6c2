package com.routebook.adapter.rest.problem;

import java.util.List;

/**
 * A problem the adapter itself detects at the edge (a missing {@code If-Match}, a stale one, a
 * missing body); answered as the problem it carries.
 */
public class ProblemException extends RuntimeException {

  private final transient Problem problem;

  public ProblemException(int status, String code, String detail) {
    this(Problem.of(status, code, detail));
  }

  public ProblemException(int status, String code, String detail, List<Problem.FieldError> errors) {
    this(Problem.of(status, code, detail, errors));
  }

  public ProblemException(Problem problem) {
    super(problem.detail());
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }

  /**
   * 422: input this adapter refuses before the domain sees it (a query parameter, a JSON shape),
   * with one error per bad field or item.
   */
  public static ProblemException invalid(String code, List<Problem.FieldError> errors) {
    return new ProblemException(422, code, ApiTexts.summary(errors), errors);
  }

  /** 422 for one bad field. */
  public static ProblemException invalid(String code, Problem.FieldError error) {
    return invalid(code, List.of(error));
  }

  /** 428: a change to a customer needs the version read, in {@code If-Match}. */
  public static ProblemException preconditionRequired() {
    return new ProblemException(
        428,
        "PRECONDITION_REQUIRED",
        "send the ETag of the customer you read in If-Match; changes need the version read");
  }

  /** 400: the operation needs a JSON body. */
  public static ProblemException bodyRequired() {
    return new ProblemException(400, "MALFORMED_REQUEST", "the request needs a JSON body");
  }
}
