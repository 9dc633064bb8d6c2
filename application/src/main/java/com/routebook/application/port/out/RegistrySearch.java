package com.routebook.application.port.out;

import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ParticipantStatus;
import com.routebook.domain.participant.ServiceProvider;
import com.routebook.domain.search.SearchPattern;
import java.util.List;
import java.util.Objects;

/**
 * The read side of registry search: a page of the public registry's participants as the rows of a
 * result list, read in one query per page (the rows and the total), no aggregate and no rule.
 *
 * <p>The pattern (when not {@code null}) is matched as SPEC.md's search says: against the name, the
 * identifiers in normalized form, the E-address and the name of any of the participant's service
 * providers; case sensitive unless the pattern says otherwise. Rows are sorted by name (code point
 * order) then id.
 */
public interface RegistrySearch {

  /** A page of the matching participants, with the total over all pages. */
  Page<ParticipantSummary> search(SearchPattern pattern, PageRequest page);

  /**
   * A participant as a result row shows it: name, country, E-address, its other identifiers in
   * order, its providers in order (the default flagged) and its status.
   */
  record ParticipantSummary(
      ParticipantId id,
      String name,
      String country,
      String eAddress,
      List<Identifier> identifiers,
      List<ProviderOption> serviceProviders,
      ParticipantStatus status) {

    public ParticipantSummary {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(status, "status");
      identifiers = List.copyOf(identifiers);
      serviceProviders = List.copyOf(serviceProviders);
    }

    /** The row of a participant. */
    public static ParticipantSummary of(Participant participant) {
      return new ParticipantSummary(
          participant.id(),
          participant.name(),
          participant.country(),
          participant.eAddressText(),
          participant.identifiers(),
          participant.serviceProviders().stream()
              .map(p -> new ProviderOption(p, p.id().equals(participant.defaultProviderId())))
              .toList(),
          participant.status());
    }

    /** Deactivated in the network: the red "Non existing" label. */
    public boolean nonExisting() {
      return status.nonExisting();
    }
  }

  /** One of a participant's providers, flagged when it is the participant's default. */
  record ProviderOption(ServiceProvider provider, boolean isDefault) {

    public ProviderOption {
      Objects.requireNonNull(provider, "provider");
    }
  }
}
