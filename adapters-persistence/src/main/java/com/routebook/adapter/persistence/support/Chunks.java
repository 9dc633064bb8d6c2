package com.routebook.adapter.persistence.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Splits the values of a large {@code IN} look-up so that a statement never carries more than
 * {@value #SIZE} parameters: a batch of n documents costs a fixed number of queries per {@value
 * #SIZE} values, never one per document.
 */
public final class Chunks {

  /** Most values bound in one {@code IN} list. */
  public static final int SIZE = 1000;

  private Chunks() {}

  /** The values in lists of at most {@value #SIZE}. */
  public static <T> List<List<T>> of(Collection<T> values) {
    List<T> all = new ArrayList<>(values);
    List<List<T>> chunks = new ArrayList<>();
    for (int from = 0; from < all.size(); from += SIZE) {
      chunks.add(all.subList(from, Math.min(from + SIZE, all.size())));
    }
    return chunks;
  }
}
