package com.routebook.application.port;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** One page of a sorted list, with the total number of items in the whole list. */
public record Page<T>(List<T> items, int page, int size, long total) {

  public Page {
    items = List.copyOf(Objects.requireNonNull(items, "items"));
    if (total < items.size()) {
      throw new IllegalArgumentException("total " + total + " < items " + items.size());
    }
  }

  /** The requested page of an already sorted full list. */
  public static <T> Page<T> of(List<T> sortedAll, PageRequest request) {
    int from = (int) Math.min(request.offset(), sortedAll.size());
    int to = Math.min(from + request.size(), sortedAll.size());
    return new Page<>(
        sortedAll.subList(from, to), request.page(), request.size(), sortedAll.size());
  }

  /** The same page with each item converted. */
  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
  }
}
