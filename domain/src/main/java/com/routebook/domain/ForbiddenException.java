package com.routebook.domain;

/**
 * The authenticated actor lacks the role an action needs (adapters answer 403); the {@link Breach}
 * says why.
 */
public class ForbiddenException extends DomainException {

  public ForbiddenException(Rule why, Object... arguments) {
    super(ErrorCode.FORBIDDEN, Breach.of(why, arguments));
  }
}
