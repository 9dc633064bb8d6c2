package com.routebook.application.port.out;

import java.time.Instant;

/** The current time, replaceable in tests. */
public interface Clock {

  /** Now, in UTC. */
  Instant now();
}
