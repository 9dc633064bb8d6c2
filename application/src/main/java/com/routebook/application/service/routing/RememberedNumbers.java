package com.routebook.application.service.routing;

import com.routebook.application.port.out.DirectoryChanges;
import com.routebook.application.port.out.RoutingDirectory;
import com.routebook.application.port.out.RoutingDirectory.NumberMatch;
import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The customer-number look-ups of routing, remembered while {@link DirectoryChanges} says nothing
 * routing reads has changed since, on any instance: what a number matched, and that it matched
 * nothing (a number no customer holds is asked again and again while its documents stop). The mark
 * is taken before the read, so a change committed during the read moves it and what was read is not
 * trusted again. Without a mark nothing is remembered. Bounded: when full, everything is forgotten;
 * when the mark moves, everything read before is dropped at once. An entry is two strings, its key
 * and its {@link PackedMatch}, so that filling the memory gives the collector little to copy.
 */
final class RememberedNumbers {

  /** The entries an instance keeps by default: a few hundred bytes of heap each. */
  static final int CAPACITY = 1_000_000;

  /** The most numbers a call may ask to be answered from memory. */
  static final int MOST_ASKED = 100;

  private final DirectoryChanges changes;
  private final int capacity;

  /** Keyed by {@link #key}; each value a {@link PackedMatch}. */
  private final ConcurrentHashMap<String, String> entries = new ConcurrentHashMap<>();

  private volatile long markOfEntries = Long.MIN_VALUE;

  RememberedNumbers(DirectoryChanges changes, int capacity) {
    this.changes = changes;
    this.capacity = capacity;
  }

  /**
   * The tenant's matches of the numbers, as {@link RoutingDirectory#byCustomerNumbers} answers
   * them: from memory where it may be trusted, the others read from the directory in one look-up.
   */
  List<NumberMatch> byCustomerNumbers(
      RoutingDirectory directory, TenantId tenant, Set<CustomerNumber> numbers) {
    if (numbers.size() > MOST_ASKED) {
      return directory.byCustomerNumbers(tenant, numbers);
    }
    OptionalLong current = changes.mark();
    if (current.isEmpty()) {
      forgetAll(Long.MIN_VALUE);
      return directory.byCustomerNumbers(tenant, numbers);
    }
    long mark = current.getAsLong();
    if (mark != markOfEntries) {
      forgetAll(mark);
    }
    List<NumberMatch> matches = new ArrayList<>();
    Set<CustomerNumber> unknown = new HashSet<>();
    for (CustomerNumber number : numbers) {
      String packed = entries.get(key(tenant, number));
      if (packed != null && PackedMatch.mark(packed) == mark) {
        NumberMatch match = PackedMatch.unpack(packed, number);
        if (match != null) {
          matches.add(match);
        }
      } else {
        unknown.add(number);
      }
    }
    if (unknown.isEmpty()) {
      return matches;
    }
    List<NumberMatch> read = directory.byCustomerNumbers(tenant, unknown);
    matches.addAll(read);
    remember(tenant, unknown, read, mark);
    return matches;
  }

  private void remember(
      TenantId tenant, Set<CustomerNumber> asked, List<NumberMatch> read, long mark) {
    if (entries.size() + asked.size() > capacity) {
      entries.clear();
    }
    Map<CustomerNumber, NumberMatch> found = new HashMap<>();
    read.forEach(match -> found.put(match.number(), match));
    for (CustomerNumber number : asked) {
      String packed = PackedMatch.pack(mark, found.get(number));
      if (packed != null) {
        entries.put(key(tenant, number), packed);
      }
    }
  }

  /** The key of a tenant's number: the tenant id's length first, so no two pairs share a key. */
  private static String key(TenantId tenant, CustomerNumber number) {
    String id = tenant.value();
    return (char) id.length() + id + number.value();
  }

  /** Drops everything read under another mark (its memory is better used for what is current). */
  private void forgetAll(long mark) {
    markOfEntries = mark;
    if (!entries.isEmpty()) {
      entries.clear();
    }
  }
}
