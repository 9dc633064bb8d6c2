package com.routebook.application.fake;

import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ServiceProvider;
import com.routebook.domain.search.SearchPattern;

/** The search semantics of SPEC.md applied in memory, as a database adapter does in SQL. */
final class Matching {

  private Matching() {}

  /** Name, identifiers (normalized), E-address and the given providers' names. */
  static boolean participantMatches(
      SearchPattern pattern, Participant participant, Iterable<ServiceProvider> providers) {
    if (pattern == null) {
      return true;
    }
    SearchPattern identifiers = pattern.forIdentifiers();
    if (pattern.matches(participant.name())
        || pattern.matches(participant.eAddressText())
        || identifiers.matches(participant.eAddress().key())) {
      return true;
    }
    for (Identifier identifier : participant.allIdentifiers()) {
      if (identifiers.matches(identifier.value())) {
        return true;
      }
    }
    for (ServiceProvider provider : providers) {
      if (pattern.matches(provider.name())) {
        return true;
      }
    }
    return false;
  }
}
