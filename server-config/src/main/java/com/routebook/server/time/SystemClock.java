package com.routebook.server.time;

import com.routebook.application.port.out.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The real time, in UTC. */
@ApplicationScoped
public class SystemClock implements Clock {

  @Override
  public Instant now() {
    return Instant.now();
  }
}
