package com.routebook.application.service.access;

import com.routebook.application.port.out.ApiKeys;
import com.routebook.domain.access.ApiKeyId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records when API keys are used, cheaply: routing is the hot path, so a key's use is written at
 * most once every {@link #WRITE_EVERY} per instance, by the one call that claims the write; every
 * other call of that minute writes nothing. A key's {@code lastUsedAt} is therefore right to the
 * minute. At most {@link #CAPACITY} keys are tracked; past that the memory starts again (one more
 * write per key).
 */
final class KeyUses {

  static final Duration WRITE_EVERY = Duration.ofMinutes(1);
  static final int CAPACITY = 100_000;

  private final ApiKeys apiKeys;
  private final int capacity;
  private final Map<ApiKeyId, Instant> written = new ConcurrentHashMap<>();

  KeyUses(ApiKeys apiKeys) {
    this(apiKeys, CAPACITY);
  }

  KeyUses(ApiKeys apiKeys, int capacity) {
    this.apiKeys = apiKeys;
    this.capacity = capacity;
  }

  /** The key signed a call now: written if no write of this instance is a minute old or newer. */
  void used(ApiKeyId apiKeyId, Instant now) {
    Instant last = written.get(apiKeyId);
    if (last != null && now.isBefore(last.plus(WRITE_EVERY))) {
      return;
    }
    boolean claimed =
        last == null
            ? written.putIfAbsent(apiKeyId, now) == null
            : written.replace(apiKeyId, last, now);
    if (!claimed) {
      return;
    }
    if (written.size() > capacity) {
      written.clear();
      written.put(apiKeyId, now);
    }
    try {
      apiKeys.recordUse(apiKeyId, now);
    } catch (RuntimeException e) {
      written.remove(apiKeyId, now);
      throw e;
    }
  }
}
