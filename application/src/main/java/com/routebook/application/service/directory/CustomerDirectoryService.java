package com.routebook.application.service.directory;

import com.routebook.application.port.Page;
import com.routebook.application.port.in.directory.ActivateCustomerUseCase;
import com.routebook.application.port.in.directory.AddCustomerUseCase;
import com.routebook.application.port.in.directory.ChooseServiceProviderUseCase;
import com.routebook.application.port.in.directory.CustomerVersionCommand;
import com.routebook.application.port.in.directory.CustomerView;
import com.routebook.application.port.in.directory.DeactivateCustomerUseCase;
import com.routebook.application.port.in.directory.DeleteCustomerUseCase;
import com.routebook.application.port.in.directory.GetCustomerHistoryUseCase;
import com.routebook.application.port.in.directory.GetCustomerUseCase;
import com.routebook.application.port.in.directory.RelinkCustomerUseCase;
import com.routebook.application.port.in.directory.ReplaceCustomerNumbersUseCase;
import com.routebook.application.port.in.directory.SearchDirectoryUseCase;
import com.routebook.application.port.out.AuditTrail;
import com.routebook.application.port.out.Clock;
import com.routebook.application.port.out.CurrentUser;
import com.routebook.application.port.out.CustomerDirectory;
import com.routebook.application.port.out.DirectorySearch;
import com.routebook.application.port.out.DirectorySearch.CustomerSummary;
import com.routebook.application.port.out.ParticipantRegistry;
import com.routebook.application.service.Access;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.NotFoundException;
import com.routebook.domain.customer.ChangeStamp;
import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerChange;
import com.routebook.domain.customer.CustomerExistsException;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.customer.CustomerNumberTakenException;
import com.routebook.domain.customer.CustomerNumbers;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.identifier.IdentifierScheme;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.tenant.Actor;
import com.routebook.domain.tenant.Role;
import com.routebook.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;

/**
 * The customer directory's use cases. Viewers search and read; editors add and change. Every
 * operation stays inside the caller's tenant; searches read result rows through the directory's
 * read side ({@link DirectorySearch}), everything else whole customers; uniqueness of customer
 * numbers and one customer per participant are checked here first, for an answer that names the
 * numbers or the existing customer (the directory port guarantees them and answers the same when a
 * concurrent change got there first); every change goes to the audit trail.
 */
@ApplicationScoped
public class CustomerDirectoryService
    implements SearchDirectoryUseCase,
        GetCustomerUseCase,
        AddCustomerUseCase,
        ReplaceCustomerNumbersUseCase,
        ChooseServiceProviderUseCase,
        ActivateCustomerUseCase,
        DeactivateCustomerUseCase,
        DeleteCustomerUseCase,
        GetCustomerHistoryUseCase,
        RelinkCustomerUseCase {

  private CustomerDirectory directory;
  private DirectorySearch directorySearch;
  private ParticipantRegistry registry;
  private AuditTrail auditTrail;
  private CurrentUser currentUser;
  private Clock clock;

  /** For the CDI proxy only. */
  protected CustomerDirectoryService() {}

  @Inject
  public CustomerDirectoryService(
      CustomerDirectory directory,
      DirectorySearch directorySearch,
      ParticipantRegistry registry,
      AuditTrail auditTrail,
      CurrentUser currentUser,
      Clock clock) {
    this.directory = directory;
    this.directorySearch = directorySearch;
    this.registry = registry;
    this.auditTrail = auditTrail;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @Override
  public Page<CustomerSummary> search(SearchDirectoryQuery query) {
    TenantId tenant = Access.tenantOf(currentUser.actor(), Role.VIEWER);
    return directorySearch.search(
        tenant,
        new DirectorySearch.Query(
            query.pattern(), query.state(), query.sort(), query.language(), query.page()));
  }

  @Override
  public CustomerView get(GetCustomerQuery query) {
    TenantId tenant = Access.tenantOf(currentUser.actor(), Role.VIEWER);
    Customer customer = load(tenant, query.customerId());
    return CustomerView.of(customer, participantOf(customer));
  }

  @Override
  @Transactional
  public CustomerView add(AddCustomerCommand command) {
    Actor actor = currentUser.actor();
    TenantId tenant = Access.tenantOf(actor, Role.EDITOR);
    Participant participant = findParticipant(command.participantId(), command.eAddress());
    directory
        .findByParticipant(tenant, participant.id())
        .ifPresent(
            existing -> {
              throw new CustomerExistsException(existing.id());
            });
    requireFree(tenant, command.customerNumbers(), null);
    Customer customer =
        Customer.create(
            tenant,
            participant,
            command.customerNumbers(),
            command.serviceProviderId(),
            stamp(actor));
    List<CustomerChange> changes = customer.pullChanges();
    Customer saved = directory.add(tenant, customer);
    auditTrail.append(tenant, changes);
    return CustomerView.of(saved, participant);
  }

  @Override
  @Transactional
  public CustomerView replaceNumbers(ReplaceCustomerNumbersCommand command) {
    return change(
        command.customerId(),
        command.expectedVersion(),
        (tenant, customer, participant, stamp) -> {
          requireFree(tenant, command.customerNumbers(), customer.id());
          customer.replaceNumbers(command.customerNumbers(), stamp);
        });
  }

  @Override
  @Transactional
  public CustomerView chooseProvider(ChooseServiceProviderCommand command) {
    return change(
        command.customerId(),
        command.expectedVersion(),
        (tenant, customer, participant, stamp) ->
            customer.chooseProvider(participant, command.serviceProviderId(), stamp));
  }

  @Override
  @Transactional
  public CustomerView relink(RelinkCustomerCommand command) {
    Actor actor = currentUser.actor();
    TenantId tenant = Access.tenantOf(actor, Role.EDITOR);
    Customer customer = load(tenant, command.customerId());
    command.requireOneParticipant();
    customer.checkVersion(command.expectedVersion());
    Participant participant = findParticipant(command.participantId(), command.eAddress());
    if (!participant.id().equals(customer.participantId())) {
      directory
          .findByParticipant(tenant, participant.id())
          .ifPresent(
              existing -> {
                throw new CustomerExistsException(existing.id());
              });
    }
    customer.relink(participant, command.serviceProviderId(), stamp(actor));
    List<CustomerChange> changes = customer.pullChanges();
    if (changes.isEmpty()) {
      return CustomerView.of(customer, participant);
    }
    Customer saved = directory.update(tenant, customer);
    auditTrail.append(tenant, changes);
    return CustomerView.of(saved, participant);
  }

  @Override
  @Transactional
  public CustomerView activate(CustomerVersionCommand command) {
    return change(
        command.customerId(),
        command.expectedVersion(),
        (tenant, customer, participant, stamp) -> customer.activate(stamp));
  }

  @Override
  @Transactional
  public CustomerView deactivate(CustomerVersionCommand command) {
    return change(
        command.customerId(),
        command.expectedVersion(),
        (tenant, customer, participant, stamp) -> customer.deactivate(stamp));
  }

  @Override
  @Transactional
  public void delete(CustomerVersionCommand command) {
    Actor actor = currentUser.actor();
    TenantId tenant = Access.tenantOf(actor, Role.EDITOR);
    Customer customer = load(tenant, command.customerId());
    customer.checkVersion(command.expectedVersion());
    customer.delete(stamp(actor));
    directory.delete(tenant, customer.id(), command.expectedVersion());
    auditTrail.append(tenant, customer.pullChanges());
  }

  @Override
  public List<CustomerChange> history(GetCustomerHistoryQuery query) {
    TenantId tenant = Access.tenantOf(currentUser.actor(), Role.VIEWER);
    List<CustomerChange> history = auditTrail.history(tenant, query.customerId());
    if (history.isEmpty()) {
      load(tenant, query.customerId());
    }
    return history;
  }

  private CustomerView change(CustomerId customerId, long expectedVersion, Change change) {
    Actor actor = currentUser.actor();
    TenantId tenant = Access.tenantOf(actor, Role.EDITOR);
    Customer customer = load(tenant, customerId);
    customer.checkVersion(expectedVersion);
    Participant participant = participantOf(customer);
    change.apply(tenant, customer, participant, stamp(actor));
    List<CustomerChange> changes = customer.pullChanges();
    if (changes.isEmpty()) {
      return CustomerView.of(customer, participant);
    }
    Customer saved = directory.update(tenant, customer);
    auditTrail.append(tenant, changes);
    return CustomerView.of(saved, participant);
  }

  private void requireFree(TenantId tenant, CustomerNumbers numbers, CustomerId owner) {
    List<Customer> holders =
        directory.findByCustomerNumbers(tenant, numbers.asSet()).stream()
            .filter(other -> !other.id().equals(owner))
            .toList();
    if (!holders.isEmpty()) {
      List<String> taken =
          numbers.values().stream()
              .filter(n -> holders.stream().anyMatch(h -> h.numbers().contains(n)))
              .map(CustomerNumber::value)
              .toList();
      throw new CustomerNumberTakenException(taken);
    }
  }

  private Participant findParticipant(ParticipantId participantId, String eAddressText) {
    if (participantId != null) {
      return registry
          .findById(participantId)
          .orElseThrow(() -> participantNotFound(participantId.value()));
    }
    Identifier eAddress =
        new Identifier(
            IdentifierScheme.E_ADDRESS,
            Identifier.normalize(IdentifierScheme.E_ADDRESS, eAddressText));
    List<Participant> found = registry.findByIdentifiers(Set.of(eAddress));
    return found.stream()
        .filter(Participant::isActive)
        .findFirst()
        .or(() -> found.stream().findFirst())
        .orElseThrow(() -> participantNotFound(eAddressText));
  }

  private Customer load(TenantId tenant, CustomerId customerId) {
    return directory
        .findById(tenant, customerId)
        .orElseThrow(() -> new NotFoundException(ErrorCode.CUSTOMER_NOT_FOUND, customerId));
  }

  private Participant participantOf(Customer customer) {
    ParticipantId id = customer.participantId();
    return registry.findById(id).orElseThrow(() -> participantNotFound(id.value()));
  }

  private ChangeStamp stamp(Actor actor) {
    return new ChangeStamp(actor.username(), clock.now());
  }

  private static NotFoundException participantNotFound(String reference) {
    return new NotFoundException(ErrorCode.PARTICIPANT_NOT_FOUND, reference);
  }

  /** One change to a loaded, version-checked customer. */
  @FunctionalInterface
  private interface Change {
    void apply(TenantId tenant, Customer customer, Participant participant, ChangeStamp stamp);
  }
}
