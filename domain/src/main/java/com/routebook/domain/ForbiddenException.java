package com.routebook.domain;

/** The authenticated actor lacks the role an action needs (adapters answer 403). */
public class ForbiddenException extends DomainException {

  public ForbiddenException(String message) {
    super("FORBIDDEN", message);
  }
}
