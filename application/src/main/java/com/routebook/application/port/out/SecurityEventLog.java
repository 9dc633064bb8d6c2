package com.routebook.application.port.out;

import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.domain.access.SecurityEvent;
import com.routebook.domain.access.SecurityEventType;
import java.time.Instant;

/**
 * The security event log: sign-ins, failures, throttling, refusals, key and user changes, kept for
 * network administrators to read. Events are only added, never changed.
 */
public interface SecurityEventLog {

  /** Adds an event. */
  void add(SecurityEvent event);

  /**
   * A page of the events that pass the filter, newest first (by time, then the later recorded
   * first), with how many pass it in all.
   */
  Page<SecurityEvent> find(EventFilter filter, PageRequest page);

  /**
   * Which events: of one type ({@code null}: any), at or after {@code from} and before {@code to}
   * ({@code null}: no bound).
   */
  record EventFilter(SecurityEventType type, Instant from, Instant to) {

    /** Every event. */
    public static EventFilter all() {
      return new EventFilter(null, null, null);
    }

    /** Whether an event passes. */
    public boolean passes(SecurityEvent event) {
      return (type == null || event.type() == type)
          && (from == null || !event.at().isBefore(from))
          && (to == null || event.at().isBefore(to));
    }
  }
}
