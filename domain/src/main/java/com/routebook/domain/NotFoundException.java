package com.routebook.domain;

/** Something asked for does not exist, or belongs to another tenant (adapters answer 404). */
public class NotFoundException extends DomainException {

  public NotFoundException(ErrorCode code, Object reference) {
    super(code, reference);
  }
}
