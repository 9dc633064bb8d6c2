package com.routebook.application.service.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.application.fake.InMemoryClock;
import com.routebook.application.fake.InMemoryCurrentUser;
import com.routebook.application.fake.InMemorySecurityEventLog;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.out.SecurityEventLog.EventFilter;
import com.routebook.domain.ForbiddenException;
import com.routebook.domain.access.SecurityEvent;
import com.routebook.domain.access.SecurityEventType;
import com.routebook.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SecurityEventServiceTest {

  private final InMemorySecurityEventLog log = new InMemorySecurityEventLog();
  private final InMemoryClock clock = new InMemoryClock();
  private final InMemoryCurrentUser currentUser =
      new InMemoryCurrentUser(InMemoryCurrentUser.networkAdmin());
  private final SecurityEventService events = new SecurityEventService(log, currentUser, clock);
  private final TenantId tenant = new TenantId("t-1");

  private final List<String> lines = new ArrayList<>();
  private final Logger logger = Logger.getLogger(SecurityEventService.LOGGER);
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          lines.add(record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  private boolean parentHandlers;

  @BeforeEach
  void captureLines() {
    parentHandlers = logger.getUseParentHandlers();
    logger.setUseParentHandlers(false);
    logger.addHandler(capture);
  }

  @AfterEach
  void releaseLines() {
    logger.removeHandler(capture);
    logger.setUseParentHandlers(parentHandlers);
  }

  @Test
  void an_event_is_stored_at_the_time_of_the_clock_and_written_as_one_json_line() {
    events.record(SecurityEventType.KEY_CREATED, "alice", tenant, "10.0.0.1", "API key k-1");

    assertThat(log.all())
        .containsExactly(
            new SecurityEvent(
                clock.now(),
                SecurityEventType.KEY_CREATED,
                "alice",
                tenant,
                "10.0.0.1",
                "API key k-1"));
    assertThat(lines)
        .containsExactly(
            "{\"at\":\""
                + clock.now()
                + "\",\"type\":\"KEY_CREATED\",\"username\":\"alice\",\"tenantId\":\"t-1\","
                + "\"address\":\"10.0.0.1\",\"detail\":\"API key k-1\"}");
  }

  @Test
  void the_json_line_escapes_what_would_break_it_or_forge_another_line() {
    SecurityEvent event =
        new SecurityEvent(
            Instant.parse("2026-12-01T10:00:00Z"),
            SecurityEventType.SIGN_IN_FAILED,
            "a\"b\\c\nd\re\tf\u0001g\u2028h\u2029",
            null,
            null,
            "x");

    assertThat(SecurityEventService.json(event))
        .isEqualTo(
            "{\"at\":\"2026-12-01T10:00:00Z\",\"type\":\"SIGN_IN_FAILED\","
                + "\"username\":\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g\\u2028h\\u2029\","
                + "\"tenantId\":null,\"address\":\"unknown\",\"detail\":\"x\"}");
  }

  @Test
  void throttled_sign_ins_are_recorded_once_a_minute_per_user_and_address() {
    for (int i = 0; i < 5; i++) {
      events.record(SecurityEventType.THROTTLED, "alice", null, "10.0.0.1", "throttled");
      clock.advance(Duration.ofSeconds(10));
    }
    events.record(SecurityEventType.THROTTLED, "alice", null, "10.0.0.2", "throttled");
    events.record(SecurityEventType.THROTTLED, "bob", null, "10.0.0.1", "throttled");
    clock.advance(Duration.ofSeconds(10));
    events.record(SecurityEventType.THROTTLED, "alice", null, "10.0.0.1", "throttled");

    assertThat(log.all())
        .extracting(e -> e.username() + "@" + e.address())
        .containsExactly("alice@10.0.0.1", "alice@10.0.0.2", "bob@10.0.0.1", "alice@10.0.0.1");
    assertThat(lines).hasSize(4);
  }

  @Test
  void failures_without_a_username_are_damped_and_failures_of_a_user_are_not() {
    for (int i = 0; i < 3; i++) {
      events.record(SecurityEventType.SIGN_IN_FAILED, null, null, "10.0.0.9", "unknown API key");
      events.record(SecurityEventType.SIGN_IN_FAILED, "alice", tenant, "10.0.0.9", "wrong");
      events.record(SecurityEventType.REFUSED, "alice", tenant, "10.0.0.9", "refused");
    }

    assertThat(log.all()).hasSize(7);
    assertThat(log.all()).filteredOn(e -> e.username() == null).hasSize(1);
  }

  @Test
  void the_memory_of_damped_floods_is_bounded() {
    for (int i = 0; i <= SecurityEventService.DAMPED_AT_MOST; i++) {
      events.record(SecurityEventType.THROTTLED, "u", null, "a" + i, "throttled");
    }
    clock.advance(SecurityEventService.DAMPED_FOR);
    events.record(SecurityEventType.THROTTLED, "u", null, "a0", "throttled");
    events.record(SecurityEventType.THROTTLED, "u", null, "a0", "throttled");

    assertThat(log.all()).hasSize(SecurityEventService.DAMPED_AT_MOST + 2);
  }

  @Test
  void only_a_network_administrator_reads_the_log_newest_first() {
    events.record(SecurityEventType.SIGN_IN, "alice", tenant, "10.0.0.1", "first");
    clock.advance(Duration.ofSeconds(1));
    events.record(SecurityEventType.REFUSED, "alice", tenant, "10.0.0.1", "second");

    assertThat(events.find(EventFilter.all(), PageRequest.first()).items())
        .extracting(SecurityEvent::detail)
        .containsExactly("second", "first");
    assertThat(
            events
                .find(new EventFilter(SecurityEventType.SIGN_IN, null, null), PageRequest.first())
                .items())
        .extracting(SecurityEvent::detail)
        .containsExactly("first");

    currentUser.signIn(InMemoryCurrentUser.editor(tenant));
    assertThatThrownBy(() -> events.find(EventFilter.all(), PageRequest.first()))
        .isInstanceOf(ForbiddenException.class);
  }
}
