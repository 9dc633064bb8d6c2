package com.routebook.application.service.transfer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The line of a file on which each key (a participant, a customer number) first appeared, for the
 * rule that a file names each only once. Keys are kept as 128-bit fingerprints in open addressing;
 * two different keys share a fingerprint with a chance of about n² / 2¹²⁹ (under 10⁻²⁶ for a
 * million keys).
 *
 * <p>The table lives outside the Java heap, in a direct buffer of 24 bytes a slot (the
 * fingerprint's halves and the line), at most half full. A map of strings to boxed lines took about
 * 140 bytes a key on the heap (some 300 MB for a 1,000,000-row import's two maps); primitive arrays
 * on the heap still made the heap kept grow with the file, in steps where the tables doubled (96 MB
 * at 1,000,000 rows, bench/README.md measure 7c), and a server runs imports of several tenants at
 * once beside routing. Off the heap, an import's keys cost the collector nothing to copy or mark,
 * and the native memory (48 MB a table at 1,000,000 keys, bounded by the file's row limit) is freed
 * with the buffer once the import is done.
 */
final class FirstLines {

  private static final int FIRST_CAPACITY = 1 << 10;

  /** Bytes of a slot: the fingerprint's high and low halves, then the line (0: an empty slot). */
  private static final int SLOT = 24;

  private static final int LOW = 8;
  private static final int LINE = 16;

  private ByteBuffer slots = allocate(FIRST_CAPACITY);
  private int capacity = FIRST_CAPACITY;
  private int size;

  /**
   * Records line as the key's first unless the key was seen before.
   *
   * @param line a line of the file, 1 or more
   * @return the key's earlier first line, or 0 when line is now its first
   */
  long putIfAbsent(String key, long line) {
    if (line < 1) {
      throw new IllegalArgumentException("line " + line);
    }
    long high = high(key);
    long low = low(key);
    int mask = capacity - 1;
    int slot = (int) mix(low) & mask;
    long kept;
    while ((kept = slots.getLong(slot * SLOT + LINE)) != 0) {
      int at = slot * SLOT;
      if (slots.getLong(at) == high && slots.getLong(at + LOW) == low) {
        return kept;
      }
      slot = (slot + 1) & mask;
    }
    put(slots, slot, high, low, line);
    if (++size * 2 > capacity) {
      grow();
    }
    return 0;
  }

  /** How many keys are kept. */
  int size() {
    return size;
  }

  /** Bytes of native memory the table holds now. */
  long bytes() {
    return (long) capacity * SLOT;
  }

  private void grow() {
    if (capacity > Integer.MAX_VALUE / SLOT / 2) {
      throw new IllegalStateException("too many keys in one file: " + size);
    }
    ByteBuffer old = slots;
    int oldCapacity = capacity;
    capacity = oldCapacity * 2;
    slots = allocate(capacity);
    int mask = capacity - 1;
    for (int from = 0; from < oldCapacity; from++) {
      int at = from * SLOT;
      long line = old.getLong(at + LINE);
      if (line != 0) {
        long low = old.getLong(at + LOW);
        int slot = (int) mix(low) & mask;
        while (slots.getLong(slot * SLOT + LINE) != 0) {
          slot = (slot + 1) & mask;
        }
        put(slots, slot, old.getLong(at), low, line);
      }
    }
  }

  private static void put(ByteBuffer slots, int slot, long high, long low, long line) {
    int at = slot * SLOT;
    slots.putLong(at, high);
    slots.putLong(at + LOW, low);
    slots.putLong(at + LINE, line);
  }

  /** A table of empty slots (a direct buffer starts zeroed). */
  private static ByteBuffer allocate(int capacity) {
    return ByteBuffer.allocateDirect(capacity * SLOT).order(ByteOrder.nativeOrder());
  }

  /** FNV-1a over the key's characters, 64 bits. */
  private static long high(String key) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      hash = (hash ^ (c & 0xff)) * 0x100000001b3L;
      hash = (hash ^ (c >>> 8)) * 0x100000001b3L;
    }
    return hash ^ key.length();
  }

  /** A multiply-rotate hash of the key's characters, finished as MurmurHash3's, 64 bits. */
  private static long low(String key) {
    long hash = 0x9E3779B97F4A7C15L ^ key.length();
    for (int i = 0; i < key.length(); i++) {
      hash = Long.rotateLeft((hash ^ key.charAt(i)) * 0xC2B2AE3D27D4EB4FL, 29);
    }
    return mix(hash);
  }

  private static long mix(long value) {
    long h = value;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
