package com.routebook.application.fake;

import com.routebook.application.port.out.Clock;
import java.time.Duration;
import java.time.Instant;

/** A clock that stands still until a test moves it. */
public class InMemoryClock implements Clock {

  private Instant now;

  public InMemoryClock(Instant now) {
    this.now = now;
  }

  /** Stopped at 2026-01-01T00:00:00Z. */
  public InMemoryClock() {
    this(Instant.parse("2026-01-01T00:00:00Z"));
  }

  @Override
  public synchronized Instant now() {
    return now;
  }

  /** Moves the clock forward. */
  public synchronized void advance(Duration duration) {
    now = now.plus(duration);
  }
}
