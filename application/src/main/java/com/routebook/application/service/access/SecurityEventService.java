package com.routebook.application.service.access;

import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.in.access.ReadSecurityEventsUseCase;
import com.routebook.application.port.in.access.RecordSecurityEventUseCase;
import com.routebook.application.port.out.Clock;
import com.routebook.application.port.out.CurrentUser;
import com.routebook.application.port.out.SecurityEventLog;
import com.routebook.application.port.out.SecurityEventLog.EventFilter;
import com.routebook.application.service.Access;
import com.routebook.domain.access.SecurityEvent;
import com.routebook.domain.access.SecurityEventType;
import com.routebook.domain.tenant.Role;
import com.routebook.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The security event log: each event is stored ({@link SecurityEventLog}) and written as one JSON
 * line of the logger {@value #LOGGER} (level INFO), for a log collector. Nothing the callers pass
 * is a secret, and nothing is added here.
 *
 * <p>What a caller can cause without any credential is damped, so that a flood buys no flood of
 * writes: {@link SecurityEventType#THROTTLED} events, and failures without a username (an unknown
 * API key), are recorded at most once every {@link #DAMPED_FOR} per type, username and address on
 * each instance. A wrong password costs a PBKDF2 hash anyway and is throttled after a few, so each
 * is recorded.
 */
@ApplicationScoped
public class SecurityEventService implements RecordSecurityEventUseCase, ReadSecurityEventsUseCase {

  /** The logger of the structured lines. */
  public static final String LOGGER = "com.routebook.security";

  static final Duration DAMPED_FOR = Duration.ofMinutes(1);
  static final int DAMPED_AT_MOST = 10_000;

  private static final Logger LOG = Logger.getLogger(LOGGER);

  private SecurityEventLog eventLog;
  private CurrentUser currentUser;
  private Clock clock;
  private final Map<String, Instant> damped = new ConcurrentHashMap<>();

  /** For the CDI proxy only. */
  protected SecurityEventService() {}

  @Inject
  public SecurityEventService(SecurityEventLog eventLog, CurrentUser currentUser, Clock clock) {
    this.eventLog = eventLog;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @Override
  public void record(
      SecurityEventType type, String username, TenantId tenantId, String address, String detail) {
    SecurityEvent event = new SecurityEvent(clock.now(), type, username, tenantId, address, detail);
    if (dampedNow(event)) {
      return;
    }
    LOG.info(json(event));
    eventLog.add(event);
  }

  @Override
  public Page<SecurityEvent> find(EventFilter filter, PageRequest page) {
    Access.requireRole(currentUser.actor(), Role.NETWORK_ADMIN);
    return eventLog.find(filter, page);
  }

  /** Whether the event is one of a flood already recorded within the last {@link #DAMPED_FOR}. */
  private boolean dampedNow(SecurityEvent event) {
    boolean dampable =
        event.type() == SecurityEventType.THROTTLED
            || event.type() == SecurityEventType.SIGN_IN_FAILED && event.username() == null;
    if (!dampable) {
      return false;
    }
    String key = event.type() + "\n" + event.username() + "\n" + event.address();
    Instant now = event.at();
    Instant last = damped.get(key);
    if (last != null && now.isBefore(last.plus(DAMPED_FOR))) {
      return true;
    }
    boolean claimed =
        last == null ? damped.putIfAbsent(key, now) == null : damped.replace(key, last, now);
    if (damped.size() > DAMPED_AT_MOST) {
      damped.values().removeIf(at -> !now.isBefore(at.plus(DAMPED_FOR)));
    }
    return !claimed;
  }

  /** The event as one line of JSON. */
  static String json(SecurityEvent event) {
    StringBuilder json = new StringBuilder(200);
    json.append("{\"at\":");
    string(json, event.at().toString());
    json.append(",\"type\":");
    string(json, event.type().name());
    json.append(",\"username\":");
    string(json, event.username());
    json.append(",\"tenantId\":");
    string(json, event.tenantId() == null ? null : event.tenantId().value());
    json.append(",\"address\":");
    string(json, event.address());
    json.append(",\"detail\":");
    string(json, event.detail());
    return json.append('}').toString();
  }

  private static void string(StringBuilder json, String text) {
    if (text == null) {
      json.append("null");
      return;
    }
    json.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    json.append('"');
  }
}
