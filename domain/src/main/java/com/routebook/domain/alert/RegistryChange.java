package com.routebook.domain.alert;

import com.routebook.domain.Explanation;
import com.routebook.domain.ExplanationCode;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ParticipantStatus;
import com.routebook.domain.participant.ServiceProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One change of a participant that the tenants holding it are alerted of: its kind and what
 * changed. {@link #watch} remembers what a participant looks like before a change; {@link
 * Watched#changesTo} lists the changes an alert is raised for (SPEC: deactivated or reactivated, a
 * service provider removed, E-address or identifiers changed; a new name or a new provider is
 * none). A new E-address and new identifiers in one change are one alert, not two.
 */
public record RegistryChange(AlertKind kind, Explanation detail) {

  public RegistryChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
  }

  /** What the participant looks like now, to compare with after a change. */
  public static Watched watch(Participant participant) {
    return new Watched(
        participant.status(),
        participant.eAddressText(),
        participant.identifiers(),
        participant.serviceProviders());
  }

  /** A participant as it was before a change. */
  public record Watched(
      ParticipantStatus status,
      String eAddress,
      List<Identifier> identifiers,
      List<ServiceProvider> providers) {

    public Watched {
      identifiers = List.copyOf(identifiers);
      providers = List.copyOf(providers);
    }

    /** The changes from this to the participant as it is now, in a fixed order. */
    public List<RegistryChange> changesTo(Participant after) {
      String name = after.name();
      List<RegistryChange> changes = new ArrayList<>();
      if (status != after.status()) {
        changes.add(
            after.isActive()
                ? new RegistryChange(
                    AlertKind.PARTICIPANT_REACTIVATED,
                    Explanation.of(ExplanationCode.ALERT_PARTICIPANT_REACTIVATED, name))
                : new RegistryChange(
                    AlertKind.PARTICIPANT_DEACTIVATED,
                    Explanation.of(ExplanationCode.ALERT_PARTICIPANT_DEACTIVATED, name)));
      }
      for (ServiceProvider provider : providers) {
        if (!after.isRegisteredWith(provider.id())) {
          changes.add(
              new RegistryChange(
                  AlertKind.PROVIDER_REMOVED,
                  Explanation.of(ExplanationCode.ALERT_PROVIDER_REMOVED, name, provider.name())));
        }
      }
      boolean newAddress = !eAddress.equals(after.eAddressText());
      boolean newIdentifiers = !identifiers.equals(after.identifiers());
      if (newAddress && newIdentifiers) {
        changes.add(
            new RegistryChange(
                AlertKind.PARTICIPANT_CHANGED,
                Explanation.of(
                    ExplanationCode.ALERT_E_ADDRESS_AND_IDENTIFIERS_CHANGED,
                    name,
                    eAddress,
                    after.eAddressText(),
                    text(identifiers),
                    text(after.identifiers()))));
      } else if (newAddress) {
        changes.add(
            new RegistryChange(
                AlertKind.PARTICIPANT_CHANGED,
                Explanation.of(
                    ExplanationCode.ALERT_E_ADDRESS_CHANGED,
                    name,
                    eAddress,
                    after.eAddressText())));
      } else if (newIdentifiers) {
        changes.add(
            new RegistryChange(
                AlertKind.PARTICIPANT_CHANGED,
                Explanation.of(
                    ExplanationCode.ALERT_IDENTIFIERS_CHANGED,
                    name,
                    text(identifiers),
                    text(after.identifiers()))));
      }
      return changes;
    }

    private static String text(List<Identifier> identifiers) {
      return identifiers.stream()
          .map(i -> i.scheme() + " " + i.value())
          .collect(Collectors.joining(", "));
    }
  }
}
