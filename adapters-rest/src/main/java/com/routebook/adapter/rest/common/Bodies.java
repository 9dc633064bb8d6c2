package com.routebook.adapter.rest.common;

import com.routebook.adapter.rest.problem.ProblemException;

/** Checks on request bodies that JSON binding cannot make. */
public final class Bodies {

  private Bodies() {}

  /** The body, or a 400 problem when the request had none. */
  public static <T> T required(T body) {
    if (body == null) {
      throw ProblemException.bodyRequired();
    }
    return body;
  }
}
