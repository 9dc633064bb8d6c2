package com.routebook.application.fake;

import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.out.SecurityEventLog;
import com.routebook.domain.access.SecurityEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The security event log in memory, in the order recorded. */
public class InMemorySecurityEventLog implements SecurityEventLog {

  private final List<SecurityEvent> events = new ArrayList<>();

  @Override
  public synchronized void add(SecurityEvent event) {
    events.add(event);
  }

  @Override
  public synchronized Page<SecurityEvent> find(EventFilter filter, PageRequest page) {
    List<Indexed> passing = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      if (filter.passes(events.get(i))) {
        passing.add(new Indexed(i, events.get(i)));
      }
    }
    passing.sort(
        Comparator.comparing((Indexed e) -> e.event().at())
            .thenComparingInt(Indexed::index)
            .reversed());
    return Page.of(passing.stream().map(Indexed::event).toList(), page);
  }

  /** Every event recorded, oldest first. */
  public synchronized List<SecurityEvent> all() {
    return List.copyOf(events);
  }

  private record Indexed(int index, SecurityEvent event) {}
}
