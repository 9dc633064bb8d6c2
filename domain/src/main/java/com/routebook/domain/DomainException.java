package com.routebook.domain;

/**
 * A broken domain rule. {@link #code()} is a stable machine word (for example {@code
 * CUSTOMER_NUMBER_TAKEN}) that adapters pass on to clients unchanged.
 */
public class DomainException extends RuntimeException {

  private final String code;

  public DomainException(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
