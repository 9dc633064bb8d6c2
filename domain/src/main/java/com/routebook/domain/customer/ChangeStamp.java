package com.routebook.domain.customer;

import java.time.Instant;
import java.util.Objects;

/** Who makes a change and when, as recorded in the audit history. */
public record ChangeStamp(String actor, Instant at) {

  public ChangeStamp {
    if (actor == null || actor.isBlank()) {
      throw new IllegalArgumentException("actor must not be blank, was \"" + actor + "\"");
    }
    Objects.requireNonNull(at, "at");
  }
}
