package com.routebook.application.service.access;

import com.routebook.application.port.out.AccessChanges;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What was read about accounts or API keys, remembered while {@link AccessChanges} says nothing
 * changed since, and at most for a while. The mark is taken before the read, so a change committed
 * during the read moves it and the value is not trusted again. Only what was found is remembered: a
 * key or an account that does not exist is read again every time. Bounded: when full, everything is
 * forgotten.
 */
final class RememberedAccess<K, V> {

  private record Entry<V>(V value, long mark, Instant until) {}

  private final AccessChanges changes;
  private final Duration lifetime;
  private final int capacity;
  private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();

  RememberedAccess(AccessChanges changes, Duration lifetime, int capacity) {
    this.changes = changes;
    this.lifetime = lifetime;
    this.capacity = capacity;
  }

  /** The value remembered for the key if it may be trusted now, else the one read. */
  Optional<V> get(K key, Instant now, Supplier<Optional<V>> read) {
    OptionalLong mark = changes.mark();
    if (mark.isEmpty()) {
      entries.clear();
      return read.get();
    }
    Entry<V> entry = entries.get(key);
    if (entry != null && entry.mark() == mark.getAsLong() && now.isBefore(entry.until())) {
      return Optional.of(entry.value());
    }
    Optional<V> value = read.get();
    if (value.isPresent()) {
      if (entries.size() >= capacity) {
        entries.clear();
      }
      entries.put(key, new Entry<>(value.get(), mark.getAsLong(), now.plus(lifetime)));
    } else {
      entries.remove(key);
    }
    return value;
  }
}
