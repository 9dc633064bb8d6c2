package com.routebook.adapter.rest.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;

/** Recognizes and describes a request body that is not JSON, or not JSON of the right shape. */
final class BadJson {

  private static final int MAX_DETAIL = 300;

  private BadJson() {}

  /** Whether a JSON parsing or binding error is among the causes. */
  static boolean isCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof JsonbException || t instanceof JsonException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /** The innermost message, shortened; parser messages say where the body went wrong. */
  static String describe(Throwable failure) {
    Throwable innermost = failure;
    while (innermost.getCause() != null && innermost.getCause() != innermost) {
      innermost = innermost.getCause();
    }
    String message = innermost.getMessage();
    if (message == null || message.isBlank()) {
      return "the body could not be read";
    }
    message = message.replaceAll("\\s+", " ").strip();
    return message.length() > MAX_DETAIL ? message.substring(0, MAX_DETAIL) + "…" : message;
  }
}
