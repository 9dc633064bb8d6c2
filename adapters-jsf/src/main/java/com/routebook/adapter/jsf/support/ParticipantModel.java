package com.routebook.adapter.jsf.support;

import com.routebook.application.port.out.RegistrySearch.ParticipantSummary;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ServiceProvider;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/** A participant of the public registry as the pages show it. */
public final class ParticipantModel implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String id;
  private final String name;
  private final String country;
  private final String eAddress;
  private final String identifiers;
  private final List<ProviderOption> serviceProviders;
  private final String defaultProviderId;
  private final boolean nonExisting;

  private ParticipantModel(Participant participant) {
    this.id = participant.id().value();
    this.name = participant.name();
    this.country = participant.country();
    this.eAddress = participant.eAddressText();
    this.identifiers =
        participant.identifiers().stream().map(Identifier::value).collect(Collectors.joining(", "));
    this.serviceProviders =
        participant.serviceProviders().stream()
            .map(p -> new ProviderOption(p.id().value(), p.name()))
            .toList();
    this.defaultProviderId = participant.defaultProviderId().value();
    this.nonExisting = participant.status().nonExisting();
  }

  private ParticipantModel(ParticipantSummary row) {
    this.id = row.id().value();
    this.name = row.name();
    this.country = row.country();
    this.eAddress = row.eAddress();
    this.identifiers =
        row.identifiers().stream().map(Identifier::value).collect(Collectors.joining(", "));
    this.serviceProviders =
        row.serviceProviders().stream()
            .map(option -> ProviderOption.of(option.provider()))
            .toList();
    this.defaultProviderId =
        row.serviceProviders().stream()
            .filter(option -> option.isDefault())
            .map(option -> option.provider().id().value())
            .findFirst()
            .orElse(null);
    this.nonExisting = row.nonExisting();
  }

  /** The model of a search's result row. */
  public static ParticipantModel of(ParticipantSummary row) {
    return new ParticipantModel(row);
  }

  /** The model of a participant. */
  public static ParticipantModel of(Participant participant) {
    return new ParticipantModel(participant);
  }

  public String getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getCountry() {
    return country;
  }

  public String getElectronicAddress() {
    return eAddress;
  }

  /** The other identifiers' values, comma separated. */
  public String getIdentifiers() {
    return identifiers;
  }

  public List<ProviderOption> getServiceProviders() {
    return serviceProviders;
  }

  /** The providers' names, comma separated. */
  public String getServiceProviderNames() {
    return serviceProviders.stream().map(ProviderOption::name).collect(Collectors.joining(", "));
  }

  public String getDefaultProviderId() {
    return defaultProviderId;
  }

  public boolean isNonExisting() {
    return nonExisting;
  }

  /** "Select service provider" is offered only when there is a choice. */
  public boolean isProviderChoice() {
    return serviceProviders.size() > 1;
  }

  /** A provider to pick: id and name. */
  public record ProviderOption(String id, String name) implements Serializable {
    /** The option of a provider. */
    public static ProviderOption of(ServiceProvider provider) {
      return new ProviderOption(provider.id().value(), provider.name());
    }

    public String getId() {
      return id;
    }

    public String getName() {
      return name;
    }
  }
}
