package com.routebook.application.service.transfer;

/**
 * The line of a file on which each key (a participant, a customer number) first appeared, for the
 * rule that a file names each only once. Keys are kept as 128-bit fingerprints in open addressing
 * over primitive arrays, about 48 bytes a key where a map of strings to boxed lines took about 140:
 * a 1,000,000-row import held some 300 MB for its two maps, and the heap grew with the file (issue
 * 14's benchmark). Two different keys share a fingerprint with a chance of about n² / 2¹²⁹ (under
 * 10⁻²⁶ for a million keys).
 */
final class FirstLines {

  private static final int FIRST_CAPACITY = 1 << 10;

  /** Two longs a slot: the fingerprint's halves. */
  private long[] fingerprints = new long[2 * FIRST_CAPACITY];

  /** The first line of the slot's key, 0 for an empty slot. */
  private long[] lines = new long[FIRST_CAPACITY];

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
    int mask = lines.length - 1;
    int slot = (int) mix(low) & mask;
    while (lines[slot] != 0) {
      if (fingerprints[2 * slot] == high && fingerprints[2 * slot + 1] == low) {
        return lines[slot];
      }
      slot = (slot + 1) & mask;
    }
    fingerprints[2 * slot] = high;
    fingerprints[2 * slot + 1] = low;
    lines[slot] = line;
    if (++size * 2 > lines.length) {
      grow();
    }
    return 0;
  }

  /** How many keys are kept. */
  int size() {
    return size;
  }

  private void grow() {
    long[] oldFingerprints = fingerprints;
    long[] oldLines = lines;
    fingerprints = new long[oldFingerprints.length * 2];
    lines = new long[oldLines.length * 2];
    int mask = lines.length - 1;
    for (int old = 0; old < oldLines.length; old++) {
      if (oldLines[old] != 0) {
        long low = oldFingerprints[2 * old + 1];
        int slot = (int) mix(low) & mask;
        while (lines[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        fingerprints[2 * slot] = oldFingerprints[2 * old];
        fingerprints[2 * slot + 1] = low;
        lines[slot] = oldLines[old];
      }
    }
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
