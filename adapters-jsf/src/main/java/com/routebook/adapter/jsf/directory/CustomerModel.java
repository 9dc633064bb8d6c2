package com.routebook.adapter.jsf.directory;

import com.routebook.application.port.in.directory.CustomerView;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.identifier.Identifier;
import java.io.Serializable;
import java.util.List;

/** A customer as the pages show it: plain strings with getters. */
public final class CustomerModel implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String id;
  private final String name;
  private final String participantId;
  private final String eAddress;
  private final List<String> customerNumbers;
  private final String serviceProviderId;
  private final String serviceProvider;
  private final boolean active;
  private final boolean nonExisting;
  private final boolean providerUnavailable;
  private final long version;
  private final List<IdentifierModel> identifiers;
  private final List<ProviderModel> serviceProviders;

  private CustomerModel(CustomerView view) {
    this.id = view.id().value();
    this.name = view.name();
    this.participantId = view.participantId().value();
    this.eAddress = view.eAddress();
    this.customerNumbers = List.copyOf(view.customerNumbers());
    this.serviceProviderId = view.serviceProvider().id().value();
    this.serviceProvider = view.serviceProvider().name();
    this.active = view.state() == CustomerState.ACTIVE;
    this.nonExisting = view.nonExisting();
    this.providerUnavailable = view.providerUnavailable();
    this.version = view.version();
    this.identifiers = view.identifiers().stream().map(IdentifierModel::of).toList();
    this.serviceProviders =
        view.serviceProviders().stream()
            .map(
                option ->
                    new ProviderModel(
                        option.provider().id().value(),
                        option.provider().name(),
                        option.isDefault()))
            .toList();
  }

  /** The model of a use case's customer view. */
  public static CustomerModel of(CustomerView view) {
    return new CustomerModel(view);
  }

  public String getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getParticipantId() {
    return participantId;
  }

  /** The E-address (EL-friendly name). */
  public String getElectronicAddress() {
    return eAddress;
  }

  public List<String> getCustomerNumbers() {
    return customerNumbers;
  }

  /** The numbers as the settings box shows them: {@code A-100, B-200}. */
  public String getCustomerNumbersText() {
    return String.join(", ", customerNumbers);
  }

  public String getServiceProviderId() {
    return serviceProviderId;
  }

  public String getServiceProvider() {
    return serviceProvider;
  }

  public boolean isActive() {
    return active;
  }

  /** The bundle key of the state's label. */
  public String getStateKey() {
    return active ? "state.ACTIVE" : "state.INACTIVE";
  }

  public boolean isNonExisting() {
    return nonExisting;
  }

  public boolean isProviderUnavailable() {
    return providerUnavailable;
  }

  public long getVersion() {
    return version;
  }

  public List<IdentifierModel> getIdentifiers() {
    return identifiers;
  }

  public List<ProviderModel> getServiceProviders() {
    return serviceProviders;
  }

  /** "Select service provider" is offered only when there is a choice. */
  public boolean isProviderChoice() {
    return serviceProviders.size() > 1;
  }

  /** One identifier: its scheme's bundle key and its value. */
  public record IdentifierModel(String schemeKey, String value) implements Serializable {
    static IdentifierModel of(Identifier identifier) {
      return new IdentifierModel("scheme." + identifier.scheme().name(), identifier.value());
    }

    public String getSchemeKey() {
      return schemeKey;
    }

    public String getValue() {
      return value;
    }
  }

  /** One of the participant's providers, flagged when it is the participant's default. */
  public record ProviderModel(String id, String name, boolean isDefault) implements Serializable {
    public String getId() {
      return id;
    }

    public String getName() {
      return name;
    }

    public boolean isDefaultProvider() {
      return isDefault;
    }
  }
}
