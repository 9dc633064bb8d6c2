package com.routebook.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.out.SecurityEventLog;
import com.routebook.application.port.out.SecurityEventLog.EventFilter;
import com.routebook.domain.access.SecurityEvent;
import com.routebook.domain.access.SecurityEventType;
import com.routebook.domain.tenant.TenantId;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link SecurityEventLog}, run against every implementation, each test on an empty
 * log.
 */
public abstract class SecurityEventLogContract {

  private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

  private SecurityEventLog log;

  /** An empty log. */
  protected abstract SecurityEventLog securityEventLog();

  @BeforeEach
  void openLog() {
    log = securityEventLog();
  }

  private static SecurityEvent event(int second, SecurityEventType type, String detail) {
    return new SecurityEvent(
        AT.plusSeconds(second), type, "alice", new TenantId("t-1"), "10.0.0.1", detail);
  }

  @Test
  void an_event_is_kept_as_recorded() {
    SecurityEvent event = event(0, SecurityEventType.SIGN_IN, "screens");
    SecurityEvent anonymous =
        new SecurityEvent(
            AT.plusSeconds(1), SecurityEventType.SIGN_IN_FAILED, null, null, null, "unknown key");
    log.add(event);
    log.add(anonymous);

    Page<SecurityEvent> page = log.find(EventFilter.all(), new PageRequest(0, 10));
    assertThat(page.items()).containsExactly(anonymous, event);
    assertThat(page.total()).isEqualTo(2);
    assertThat(anonymous.address()).isEqualTo(SecurityEvent.UNKNOWN_ADDRESS);
  }

  @Test
  void events_come_newest_first_and_of_one_moment_the_later_recorded_first() {
    SecurityEvent first = event(5, SecurityEventType.SIGN_IN, "first");
    SecurityEvent second = event(5, SecurityEventType.SIGN_IN, "second");
    SecurityEvent older = event(1, SecurityEventType.SIGN_IN, "older");
    log.add(first);
    log.add(older);
    log.add(second);

    assertThat(log.find(EventFilter.all(), new PageRequest(0, 10)).items())
        .containsExactly(second, first, older);
  }

  @Test
  void a_filter_takes_a_type_and_a_time_from_inclusive_to_exclusive() {
    for (int second = 0; second < 6; second++) {
      log.add(
          event(
              second,
              second % 2 == 0 ? SecurityEventType.REFUSED : SecurityEventType.KEY_CREATED,
              "event " + second));
    }

    Page<SecurityEvent> refused =
        log.find(new EventFilter(SecurityEventType.REFUSED, null, null), new PageRequest(0, 10));
    assertThat(refused.items())
        .extracting(SecurityEvent::detail)
        .containsExactly("event 4", "event 2", "event 0");
    Page<SecurityEvent> window =
        log.find(
            new EventFilter(null, AT.plusSeconds(1), AT.plusSeconds(4)), new PageRequest(0, 10));
    assertThat(window.items())
        .extracting(SecurityEvent::detail)
        .containsExactly("event 3", "event 2", "event 1");
    Page<SecurityEvent> both =
        log.find(
            new EventFilter(SecurityEventType.KEY_CREATED, AT.plusSeconds(2), null),
            new PageRequest(0, 10));
    assertThat(both.items())
        .extracting(SecurityEvent::detail)
        .containsExactly("event 5", "event 3");
    assertThat(both.total()).isEqualTo(2);
  }

  @Test
  void pages_split_the_list_and_count_it_whole() {
    for (int second = 0; second < 5; second++) {
      log.add(event(second, SecurityEventType.SIGN_IN, "event " + second));
    }

    Page<SecurityEvent> second = log.find(EventFilter.all(), new PageRequest(1, 2));
    assertThat(second.items())
        .extracting(SecurityEvent::detail)
        .containsExactly("event 2", "event 1");
    assertThat(second.total()).isEqualTo(5);
    assertThat(second.page()).isEqualTo(1);
    assertThat(second.size()).isEqualTo(2);
    assertThat(log.find(EventFilter.all(), new PageRequest(3, 2)).items()).isEmpty();
  }
}
