package com.routebook.domain.participant;

import com.routebook.domain.ErrorCode;
import com.routebook.domain.Input;
import com.routebook.domain.Rule;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import com.routebook.domain.identifier.EAddress;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.identifier.IdentifierScheme;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A company that can receive documents in the network: an entry of the public customer registry.
 *
 * <p>It holds a name, a country (ISO 3166 alpha-2), its E-address, its other identifiers, one or
 * more service providers of which exactly one is the default, and its network status. Rules kept:
 * the name is not blank, the country is two upper-case letters, there is at least one provider, no
 * provider twice, and the default is one of the providers. A deactivated participant is "Non
 * existing" and cannot be routed to. {@link #version()} supports optimistic concurrency; the
 * registry port increments it on every save.
 *
 * <p>New participants come from {@link #register}, stored ones from {@link #reconstitute}.
 */
public final class Participant {

  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  private final ParticipantId id;
  private String name;
  private String country;
  private EAddress eAddress;
  private List<Identifier> identifiers;
  private List<ServiceProvider> serviceProviders;
  private ServiceProviderId defaultProviderId;
  private ParticipantStatus status;
  private final long version;

  private Participant(
      ParticipantId id,
      String name,
      String country,
      EAddress eAddress,
      List<Identifier> identifiers,
      List<ServiceProvider> serviceProviders,
      ServiceProviderId defaultProviderId,
      ParticipantStatus status,
      long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.status = Objects.requireNonNull(status, "status");
    this.version = version;
    apply(name, country, eAddress, identifiers, serviceProviders, defaultProviderId);
  }

  /**
   * Registers a new, active participant. With a single provider and no default given, that provider
   * is the default.
   *
   * @throws ValidationException {@code INVALID_PARTICIPANT} naming every bad part
   */
  public static Participant register(
      String name,
      String country,
      EAddress eAddress,
      List<Identifier> identifiers,
      List<ServiceProvider> serviceProviders,
      ServiceProviderId defaultProviderId) {
    return new Participant(
        ParticipantId.newId(),
        name,
        country,
        eAddress,
        identifiers,
        serviceProviders,
        defaultProviderId,
        ParticipantStatus.ACTIVE,
        0);
  }

  /**
   * Rebuilds a stored participant as it was accepted, without checking it against today's rules
   * (which may have tightened since); for persistence adapters only. A later {@link #update} checks
   * the new data under the rules of its day.
   */
  public static Participant reconstitute(
      ParticipantId id,
      String name,
      String country,
      EAddress eAddress,
      List<Identifier> identifiers,
      List<ServiceProvider> serviceProviders,
      ServiceProviderId defaultProviderId,
      ParticipantStatus status,
      long version) {
    Participant stored = new Participant(id, status, version);
    stored.name = Objects.requireNonNull(name, "name");
    stored.country = Objects.requireNonNull(country, "country");
    stored.eAddress = Objects.requireNonNull(eAddress, "eAddress");
    stored.identifiers = List.copyOf(identifiers);
    stored.serviceProviders = List.copyOf(serviceProviders);
    stored.defaultProviderId = Objects.requireNonNull(defaultProviderId, "defaultProviderId");
    return stored;
  }

  private Participant(ParticipantId id, ParticipantStatus status, long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.status = Objects.requireNonNull(status, "status");
    this.version = version;
  }

  /** Replaces the registry data of this participant, under the same rules as registering. */
  public void update(
      String name,
      String country,
      EAddress eAddress,
      List<Identifier> identifiers,
      List<ServiceProvider> serviceProviders,
      ServiceProviderId defaultProviderId) {
    apply(name, country, eAddress, identifiers, serviceProviders, defaultProviderId);
  }

  private void apply(
      String name,
      String country,
      EAddress eAddress,
      List<Identifier> identifiers,
      List<ServiceProvider> serviceProviders,
      ServiceProviderId defaultProviderId) {
    List<Violation> violations = new ArrayList<>();
    if (name == null || name.isBlank()) {
      violations.add(Violation.of(Input.NAME, Rule.NAME_BLANK, name));
    }
    if (country == null || !COUNTRY.matcher(country).matches()) {
      violations.add(Violation.of(Input.COUNTRY, Rule.COUNTRY_SHAPE, country));
    }
    if (eAddress == null) {
      violations.add(Violation.of(Input.E_ADDRESS, Rule.E_ADDRESS_REQUIRED));
    }
    List<ServiceProvider> providers =
        serviceProviders == null ? List.of() : List.copyOf(serviceProviders);
    if (providers.isEmpty()) {
      violations.add(Violation.of(Input.SERVICE_PROVIDERS, Rule.PROVIDERS_REQUIRED));
    }
    if (providers.stream().map(ServiceProvider::id).distinct().count() != providers.size()) {
      violations.add(Violation.of(Input.SERVICE_PROVIDERS, Rule.PROVIDER_TWICE));
    }
    ServiceProviderId chosenDefault =
        defaultProviderId == null && providers.size() == 1
            ? providers.get(0).id()
            : defaultProviderId;
    if (!providers.isEmpty() && providers.stream().noneMatch(p -> p.id().equals(chosenDefault))) {
      violations.add(
          Violation.of(
              Input.DEFAULT_SERVICE_PROVIDER, Rule.DEFAULT_PROVIDER_NOT_LISTED, chosenDefault));
    }
    if (!violations.isEmpty()) {
      throw new ValidationException(ErrorCode.INVALID_PARTICIPANT, violations);
    }
    this.name = name.strip();
    this.country = country;
    this.eAddress = eAddress;
    this.identifiers =
        List.copyOf(new LinkedHashSet<>(identifiers == null ? List.of() : identifiers));
    this.serviceProviders = providers;
    this.defaultProviderId = chosenDefault;
  }

  /** Marks the participant "Non existing": routing to it stops. */
  public void deactivate() {
    status = ParticipantStatus.DEACTIVATED;
  }

  /** Brings a deactivated participant back into the network. */
  public void activate() {
    status = ParticipantStatus.ACTIVE;
  }

  public boolean isActive() {
    return status == ParticipantStatus.ACTIVE;
  }

  /** Whether the participant receives documents through this provider. */
  public boolean isRegisteredWith(ServiceProviderId providerId) {
    return provider(providerId).isPresent();
  }

  /** The provider with that id, if the participant is registered with it. */
  public Optional<ServiceProvider> provider(ServiceProviderId providerId) {
    return serviceProviders.stream().filter(p -> p.id().equals(providerId)).findFirst();
  }

  /** The participant's default provider. */
  public ServiceProvider defaultProvider() {
    return provider(defaultProviderId).orElseThrow();
  }

  /** Whether the participant offers a choice of provider ("Select service provider"). */
  public boolean offersProviderChoice() {
    return serviceProviders.size() > 1;
  }

  /** The E-address as an identifier of scheme {@code E_ADDRESS}. */
  public Identifier eAddressIdentifier() {
    return new Identifier(IdentifierScheme.E_ADDRESS, eAddress.key());
  }

  /** The E-address as text, {@code icd:value}. */
  public String eAddressText() {
    return eAddress.toString();
  }

  /** The identifiers plus the E-address, which is looked up like any identifier. */
  public List<Identifier> allIdentifiers() {
    LinkedHashSet<Identifier> all = new LinkedHashSet<>(identifiers);
    all.add(eAddressIdentifier());
    return List.copyOf(all);
  }

  /** The first identifier of a scheme, if any (for example the organization number). */
  public Optional<Identifier> identifier(IdentifierScheme scheme) {
    return allIdentifiers().stream().filter(i -> i.scheme() == scheme).findFirst();
  }

  /**
   * Whether the participant carries this identifier, comparing normalized values (normalizing
   * upper-cases, so E-addresses compare without regard to case).
   */
  public boolean hasIdentifier(Identifier wanted) {
    String wantedValue = Identifier.normalize(wanted.scheme(), wanted.value());
    return allIdentifiers().stream()
        .filter(i -> i.scheme() == wanted.scheme())
        .map(i -> Identifier.normalize(i.scheme(), i.value()))
        .anyMatch(wantedValue::equals);
  }

  public ParticipantId id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String country() {
    return country;
  }

  public EAddress eAddress() {
    return eAddress;
  }

  /** The identifiers other than the E-address, as a copy. */
  public List<Identifier> identifiers() {
    return List.copyOf(identifiers);
  }

  /** All providers, as a copy. */
  public List<ServiceProvider> serviceProviders() {
    return List.copyOf(serviceProviders);
  }

  public ServiceProviderId defaultProviderId() {
    return defaultProviderId;
  }

  public ParticipantStatus status() {
    return status;
  }

  public long version() {
    return version;
  }

  @Override
  public String toString() {
    return "Participant[" + id + ", " + name + ", " + status + "]";
  }
}
