package com.routebook.application.service.routing;

import com.routebook.application.port.out.BackgroundWork;
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
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The customer-number look-ups of routing, remembered while {@link DirectoryChanges} says nothing
 * routing reads of the tenant has changed since, on any instance: what a number matched, and that
 * it matched nothing (a number no customer holds is asked again and again while its documents
 * stop). Each entry keeps the tenant's mark it was read under, taken before the read, so a change
 * committed during the read moves the mark and what was read is not trusted again; a change of one
 * tenant's directory leaves the other tenants' entries trusted. Without a mark nothing is
 * remembered. Bounded: when full, everything is forgotten. An entry is two strings, the number and
 * its {@link PackedMatch}, in a map of the tenant's own, so that filling the memory gives the
 * collector little to copy and a look-up hashes nothing: the number's hash is the one its string
 * keeps. (Keyed by tenant and number in one string, built for each look-up, the hashing of those
 * keys took 7.6% of the server's samples in the bench's batches, Flight Recorder.)
 *
 * <p><b>Warming.</b> Given background work, the first call for a tenant under a new mark also
 * starts reading all the tenant's numbers into memory in the background, in one streamed query
 * ({@link RoutingDirectory#eachNumber}), so that a number is answered from memory the first time it
 * is asked, not only the second. The warming stops when the tenant's mark moves (what it read would
 * not be trusted) or when the memory is full. A tenant whose directory keeps changing is warmed
 * again at most once per {@link #WARMING_SHARE} of the time: after a warming that took {@code d},
 * the next starts no sooner than {@code (WARMING_SHARE - 1) × d} later, and never sooner than
 * {@link #LEAST_GAP_NANOS}; in between its numbers are read and remembered as they are asked.
 *
 * <p>A warming that put every number of the tenant into memory makes the memory <i>whole</i> for
 * that mark: until the mark moves, a number the memory has not is held by no customer, so neither a
 * single call nor a batch reads the directory. Entries only give way to entries read under a later
 * mark, so a call that read under an older mark cannot take a warmed number out of a whole memory.
 */
final class RememberedNumbers {

  private static final Logger LOG = Logger.getLogger(RememberedNumbers.class.getName());

  /**
   * The most entries an instance keeps. Measured on the bench's tenant of 1,000,000 customers: its
   * 1,322,400 numbers warmed took 651 MB of heap after a collection, about 490 bytes each.
   */
  static final int CAPACITY = 2_000_000;

  /** The heap an entry is counted for when the capacity is fitted to the heap. */
  static final long BYTES_PER_ENTRY = 600;

  /** The share of the heap the entries may take at most: one part in this many. */
  static final long HEAP_SHARE = 3;

  /**
   * The capacity for a heap of at most {@code maxHeap} bytes: {@link #CAPACITY}, or fewer entries
   * where those would take more than a {@link #HEAP_SHARE}rd of the heap.
   */
  static int capacityFor(long maxHeap) {
    return (int) Math.min(CAPACITY, maxHeap / HEAP_SHARE / BYTES_PER_ENTRY);
  }

  /**
   * The most numbers of a call whose reads are remembered: a larger batch takes what the memory
   * has, but what it reads would push out what single calls keep.
   */
  static final int MOST_ASKED = 100;

  /** A tenant is warmed at most one part of the time in this many. */
  static final long WARMING_SHARE = 10;

  /** The least time between the starts of two warmings of a tenant. */
  static final long LEAST_GAP_NANOS = 10_000_000_000L;

  private final DirectoryChanges changes;
  private final int capacity;
  private final BackgroundWork work;
  private final LongSupplier nanoTime;

  /** The entries of a tenant that has none. */
  private static final Map<String, String> NONE = Map.of();

  /** Each tenant's entries (a concurrent map): a number's value, and its {@link PackedMatch}. */
  private final ConcurrentHashMap<TenantId, Map<String, String>> entries =
      new ConcurrentHashMap<>();

  /**
   * The entries of all tenants, counted as they are added. An entry added to a tenant's map while
   * {@link #forgetAll} drops it is counted all the same: the count may run a little ahead, and the
   * memory is then forgotten a little early.
   */
  private final LongAdder kept = new LongAdder();

  /** The last warming of each tenant (started, running or done). */
  private final ConcurrentHashMap<TenantId, Warming> warmings = new ConcurrentHashMap<>();

  /**
   * A warming under a mark: when it started and, once over, when the next may start, and whether it
   * put every number of the tenant into memory.
   */
  private record Warming(long mark, long startedAt, long nextAt, boolean whole) {
    static final long RUNNING = Long.MAX_VALUE;
  }

  /** Remembers, without warming. */
  RememberedNumbers(DirectoryChanges changes, int capacity) {
    this(changes, capacity, null, System::nanoTime);
  }

  /** Remembers, and warms on the background work given (none: null). */
  RememberedNumbers(
      DirectoryChanges changes, int capacity, BackgroundWork work, LongSupplier nanoTime) {
    this.changes = changes;
    this.capacity = capacity;
    this.work = work;
    this.nanoTime = nanoTime;
  }

  /**
   * The tenant's matches of the numbers, as {@link RoutingDirectory#byCustomerNumbers} answers
   * them: from memory where it may be trusted, the others read from the directory in one look-up.
   */
  List<NumberMatch> byCustomerNumbers(
      RoutingDirectory directory, TenantId tenant, Set<CustomerNumber> numbers) {
    OptionalLong current = changes.mark(tenant);
    if (current.isEmpty()) {
      return directory.byCustomerNumbers(tenant, numbers);
    }
    long mark = current.getAsLong();
    warmIfDue(directory, tenant, mark);
    List<NumberMatch> matches = new ArrayList<>();
    Set<CustomerNumber> unknown = new HashSet<>();
    Map<String, String> known = entries.getOrDefault(tenant, NONE);
    for (CustomerNumber number : numbers) {
      String packed = known.get(number.value());
      if (packed != null && PackedMatch.mark(packed) == mark) {
        NumberMatch match = PackedMatch.unpack(packed, number);
        if (match != null) {
          matches.add(match);
        }
      } else {
        unknown.add(number);
      }
    }
    // read after the entries: forgetAll drops the warmings before the entries it empties
    Warming warmed = warmings.get(tenant);
    if (unknown.isEmpty() || (warmed != null && warmed.whole() && warmed.mark() == mark)) {
      return matches; // what the memory has not, no customer holds under this mark
    }
    List<NumberMatch> read = directory.byCustomerNumbers(tenant, unknown);
    matches.addAll(read);
    if (numbers.size() <= MOST_ASKED) {
      remember(tenant, unknown, read, mark);
    }
    return matches;
  }

  private void remember(
      TenantId tenant, Set<CustomerNumber> asked, List<NumberMatch> read, long mark) {
    if (kept.sum() + asked.size() > capacity) {
      forgetAll();
    }
    Map<CustomerNumber, NumberMatch> found = new HashMap<>();
    read.forEach(match -> found.put(match.number(), match));
    Map<String, String> known = entriesOf(tenant);
    for (CustomerNumber number : asked) {
      String packed = PackedMatch.pack(mark, found.get(number));
      if (packed != null) {
        keep(known, number, packed);
      }
    }
  }

  /** The tenant's entries, a map made for it if it has none. */
  private Map<String, String> entriesOf(TenantId tenant) {
    return entries.computeIfAbsent(tenant, t -> new ConcurrentHashMap<>());
  }

  /** Keeps what the number matched, unless an entry read under a later mark is there. */
  private void keep(Map<String, String> known, CustomerNumber number, String packed) {
    if (known.putIfAbsent(number.value(), packed) == null) {
      kept.increment();
    } else {
      known.merge(number.value(), packed, RememberedNumbers::later);
    }
  }

  /** Of two entries of a number, the one read under the later mark. */
  private static String later(String kept, String read) {
    return PackedMatch.mark(kept) > PackedMatch.mark(read) ? kept : read;
  }

  /** Starts warming the tenant under the mark, unless it was or is being warmed, or too lately. */
  private void warmIfDue(RoutingDirectory directory, TenantId tenant, long mark) {
    if (work == null) {
      return;
    }
    Warming last = warmings.get(tenant);
    if (last != null && (last.mark() == mark || nanoTime.getAsLong() < last.nextAt())) {
      return; // the usual case: one read of the map
    }
    Warming claimed = new Warming(mark, nanoTime.getAsLong(), Warming.RUNNING, false);
    boolean won =
        last == null
            ? warmings.putIfAbsent(tenant, claimed) == null
            : warmings.replace(tenant, last, claimed);
    if (won) {
      work.submit(() -> warm(directory, tenant, claimed));
    }
  }

  /** Reads the tenant's numbers into memory while the mark stands and room lasts. */
  private void warm(RoutingDirectory directory, TenantId tenant, Warming warming) {
    long mark = warming.mark();
    int[] read = {0};
    boolean[] incomplete = {false};
    boolean whole = false;
    try {
      OptionalLong warmed = OptionalLong.of(mark);
      Map<String, String> known = entriesOf(tenant);
      directory.eachNumber(
          tenant,
          match -> {
            if (warmings.get(tenant) != warming
                || !changes.mark(tenant).equals(warmed)
                || kept.sum() >= capacity) {
              incomplete[0] = true;
              return false;
            }
            String packed = PackedMatch.pack(mark, match);
            if (packed == null) {
              incomplete[0] = true; // not kept: the memory cannot stand for the whole tenant
            } else {
              keep(known, match.number(), packed);
            }
            read[0]++;
            return true;
          });
      whole = !incomplete[0];
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "warming the numbers of " + tenant + " stopped", e);
    } finally {
      long now = nanoTime.getAsLong();
      long took = now - warming.startedAt();
      long gap = Math.max(LEAST_GAP_NANOS, (WARMING_SHARE - 1) * took);
      warmings.replace(tenant, warming, new Warming(mark, warming.startedAt(), now + gap, whole));
      int numbers = read[0];
      LOG.fine(
          () -> "warmed " + numbers + " numbers of " + tenant + " in " + took / 1_000_000 + " ms");
    }
  }

  /**
   * Drops every entry; tenants are warmed again (their memory went with the rest). The warmings go
   * first: a call that misses an entry being dropped then finds no whole warming to trust the miss.
   */
  private void forgetAll() {
    warmings.clear();
    entries.clear();
    kept.reset();
  }
}
