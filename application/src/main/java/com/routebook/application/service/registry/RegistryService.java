package com.routebook.application.service.registry;

import com.routebook.application.port.Page;
import com.routebook.application.port.in.registry.ActivateParticipantUseCase;
import com.routebook.application.port.in.registry.DeactivateParticipantUseCase;
import com.routebook.application.port.in.registry.GetParticipantUseCase;
import com.routebook.application.port.in.registry.ListServiceProvidersUseCase;
import com.routebook.application.port.in.registry.ParticipantData;
import com.routebook.application.port.in.registry.RegisterParticipantUseCase;
import com.routebook.application.port.in.registry.RegisterServiceProviderUseCase;
import com.routebook.application.port.in.registry.SearchRegistryUseCase;
import com.routebook.application.port.in.registry.UpdateParticipantUseCase;
import com.routebook.application.port.out.Clock;
import com.routebook.application.port.out.CurrentUser;
import com.routebook.application.port.out.DirectoryAlerts;
import com.routebook.application.port.out.ParticipantRegistry;
import com.routebook.application.port.out.RegistrySearch;
import com.routebook.application.port.out.RegistrySearch.ParticipantSummary;
import com.routebook.application.service.Access;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.Input;
import com.routebook.domain.NotFoundException;
import com.routebook.domain.Rule;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import com.routebook.domain.alert.RegistryChange;
import com.routebook.domain.identifier.EAddress;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ServiceProvider;
import com.routebook.domain.participant.ServiceProviderId;
import com.routebook.domain.tenant.Actor;
import com.routebook.domain.tenant.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The public customer registry's use cases. Every authenticated actor reads it; only network
 * administrators change it. Raw identifiers are validated here by their scheme and the
 * participant's country before anything is saved. Searches read result rows through the registry's
 * read side ({@link RegistrySearch}). A change that the tenants holding the participant must know
 * of (deactivated, reactivated, a provider removed, E-address or identifiers changed) raises alerts
 * ({@link DirectoryAlerts}) in the same transaction.
 */
@ApplicationScoped
public class RegistryService
    implements SearchRegistryUseCase,
        GetParticipantUseCase,
        RegisterParticipantUseCase,
        UpdateParticipantUseCase,
        DeactivateParticipantUseCase,
        ActivateParticipantUseCase,
        ListServiceProvidersUseCase,
        RegisterServiceProviderUseCase {

  private ParticipantRegistry registry;
  private RegistrySearch registrySearch;
  private CurrentUser currentUser;
  private DirectoryAlerts alerts;
  private Clock clock;

  /** For the CDI proxy only. */
  protected RegistryService() {}

  @Inject
  public RegistryService(
      ParticipantRegistry registry,
      RegistrySearch registrySearch,
      CurrentUser currentUser,
      DirectoryAlerts alerts,
      Clock clock) {
    this.registry = registry;
    this.registrySearch = registrySearch;
    this.currentUser = currentUser;
    this.alerts = alerts;
    this.clock = clock;
  }

  @Override
  public Page<ParticipantSummary> search(SearchRegistryQuery query) {
    currentUser.actor();
    return registrySearch.search(query.pattern(), query.page());
  }

  @Override
  public Participant get(ParticipantId participantId) {
    currentUser.actor();
    return load(participantId);
  }

  @Override
  public List<ServiceProvider> list() {
    currentUser.actor();
    return registry.serviceProviders();
  }

  @Override
  @Transactional
  public Participant register(ParticipantData data) {
    requireAdmin();
    Valid valid = validate(data);
    return registry.add(
        Participant.register(
            data.name(),
            data.country(),
            valid.eAddress(),
            valid.identifiers(),
            valid.providers(),
            data.defaultServiceProviderId()));
  }

  @Override
  @Transactional
  public Participant update(UpdateParticipantCommand command) {
    requireAdmin();
    Participant participant = load(command.participantId());
    ParticipantData data = command.data();
    Valid valid = validate(data);
    RegistryChange.Watched before = RegistryChange.watch(participant);
    participant.update(
        data.name(),
        data.country(),
        valid.eAddress(),
        valid.identifiers(),
        valid.providers(),
        data.defaultServiceProviderId());
    return alerted(before, registry.update(participant));
  }

  @Override
  @Transactional
  public Participant deactivate(ParticipantId participantId) {
    return changeStatus(participantId, Participant::deactivate);
  }

  @Override
  @Transactional
  public Participant activate(ParticipantId participantId) {
    return changeStatus(participantId, Participant::activate);
  }

  @Override
  @Transactional
  public ServiceProvider register(String name) {
    requireAdmin();
    if (name == null || name.isBlank()) {
      throw new ValidationException(
          ErrorCode.INVALID_SERVICE_PROVIDER, Violation.of(Input.NAME, Rule.NAME_BLANK, name));
    }
    return registry.addServiceProvider(ServiceProvider.named(name));
  }

  private Participant changeStatus(ParticipantId participantId, Consumer<Participant> change) {
    requireAdmin();
    Participant participant = load(participantId);
    RegistryChange.Watched before = RegistryChange.watch(participant);
    change.accept(participant);
    return alerted(before, registry.update(participant));
  }

  /** Raises an alert of each change for the tenants holding the participant. */
  private Participant alerted(RegistryChange.Watched before, Participant saved) {
    List<RegistryChange> changes = before.changesTo(saved);
    if (!changes.isEmpty()) {
      alerts.raise(saved.id(), saved.name(), changes, clock.now());
    }
    return saved;
  }

  private Valid validate(ParticipantData data) {
    List<Violation> violations = new ArrayList<>();
    EAddress eAddress = null;
    try {
      eAddress = EAddress.parse(data.eAddress());
    } catch (ValidationException e) {
      violations.addAll(e.violations());
    }
    List<Identifier> identifiers = new ArrayList<>();
    for (ParticipantData.RawIdentifier raw : data.identifiers()) {
      try {
        identifiers.add(Identifier.of(raw.scheme(), raw.value(), data.country()));
      } catch (ValidationException e) {
        violations.addAll(e.violations());
      }
    }
    if (!violations.isEmpty()) {
      throw new ValidationException(ErrorCode.INVALID_IDENTIFIER, violations);
    }
    List<ServiceProvider> providers = new ArrayList<>();
    List<ServiceProviderId> ids = data.serviceProviderIds();
    for (int i = 0; i < ids.size(); i++) {
      Optional<ServiceProvider> provider = registry.findServiceProvider(ids.get(i));
      if (provider.isPresent()) {
        providers.add(provider.get());
      } else {
        violations.add(
            Violation.ofItem(Input.SERVICE_PROVIDERS, i, Rule.PROVIDER_UNKNOWN, ids.get(i)));
      }
    }
    if (!violations.isEmpty()) {
      throw new ValidationException(ErrorCode.INVALID_PARTICIPANT, violations);
    }
    return new Valid(eAddress, identifiers, providers);
  }

  private Participant load(ParticipantId participantId) {
    return registry
        .findById(participantId)
        .orElseThrow(() -> new NotFoundException(ErrorCode.PARTICIPANT_NOT_FOUND, participantId));
  }

  private void requireAdmin() {
    Actor actor = currentUser.actor();
    Access.requireRole(actor, Role.NETWORK_ADMIN);
  }

  private record Valid(
      EAddress eAddress, List<Identifier> identifiers, List<ServiceProvider> providers) {}
}
