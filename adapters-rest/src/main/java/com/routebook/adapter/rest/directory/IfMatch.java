package com.routebook.adapter.rest.directory;

import com.routebook.adapter.rest.problem.ProblemException;
import com.routebook.domain.ConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * The {@code If-Match} header of a change to a customer, whose ETag is its version in quotes
 * ({@code "3"}). Comparison is strong: a weak tag ({@code W/"3"}) never matches.
 *
 * @param wildcard whether the header was {@code *} (any current version)
 * @param versions the versions of the strong tags that name one
 */
record IfMatch(boolean wildcard, List<Long> versions) {

  IfMatch {
    versions = List.copyOf(versions);
  }

  /** The ETag of a version. */
  static String etag(long version) {
    return "\"" + version + "\"";
  }

  /**
   * Reads the header.
   *
   * @throws ProblemException 428 {@code PRECONDITION_REQUIRED} when there is none
   */
  static IfMatch parse(String header) {
    if (header == null || header.isBlank()) {
      throw ProblemException.preconditionRequired();
    }
    boolean wildcard = false;
    List<Long> versions = new ArrayList<>();
    for (String tag : header.split(",")) {
      String t = tag.strip();
      if (t.equals("*")) {
        wildcard = true;
      } else {
        versionOf(t).ifPresent(versions::add);
      }
    }
    return new IfMatch(wildcard, versions);
  }

  /**
   * The version the change is to be checked against. A single tag is passed on as it is, so the use
   * case checks it in the same transaction as the change; for {@code *} or a list of tags the
   * current version is read and must be one of them.
   *
   * @throws ConflictException {@code CONCURRENT_CHANGE} (412) when no tag can match
   */
  long expectedVersion(LongSupplier currentVersion) {
    if (!wildcard && versions.size() == 1) {
      return versions.get(0);
    }
    if (!wildcard && versions.isEmpty()) {
      throw ConflictException.concurrentChange();
    }
    long current = currentVersion.getAsLong();
    if (wildcard || versions.contains(current)) {
      return current;
    }
    throw ConflictException.concurrentChange();
  }

  private static OptionalLong versionOf(String tag) {
    if (tag.length() < 3 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(tag.substring(1, tag.length() - 1)));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
