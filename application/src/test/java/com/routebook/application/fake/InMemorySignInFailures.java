package com.routebook.application.fake;

import com.routebook.application.port.out.SignInFailures;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Failed sign-ins in one process's memory. */
public class InMemorySignInFailures implements SignInFailures {

  private record Key(String username, String clientAddress) {}

  private final Map<Key, Failures> failures = new HashMap<>();
  private int reads;

  @Override
  public synchronized Optional<Failures> find(String username, String clientAddress) {
    reads++;
    return Optional.ofNullable(failures.get(new Key(username, clientAddress)));
  }

  @Override
  public synchronized void failed(
      String username, String clientAddress, Instant at, Instant countSince) {
    failures.merge(
        new Key(username, clientAddress),
        new Failures(1, at),
        (old, first) ->
            old.last().isBefore(countSince) ? first : new Failures(old.count() + 1, at));
  }

  @Override
  public synchronized void clear(String username, String clientAddress) {
    failures.remove(new Key(username, clientAddress));
  }

  @Override
  public synchronized void forgetBefore(Instant before) {
    List.copyOf(failures.entrySet()).stream()
        .filter(entry -> entry.getValue().last().isBefore(before))
        .forEach(entry -> failures.remove(entry.getKey()));
  }

  /** How many records are kept. */
  public synchronized int size() {
    return failures.size();
  }

  /** How many times records were read. */
  public synchronized int reads() {
    return reads;
  }
}
