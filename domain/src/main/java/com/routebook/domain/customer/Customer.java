package com.routebook.domain.customer;

import com.routebook.domain.ConflictException;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.Input;
import com.routebook.domain.Rule;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ServiceProvider;
import com.routebook.domain.participant.ServiceProviderId;
import com.routebook.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An entry of a tenant's customer directory: the aggregate root of the directory.
 *
 * <p>It links one participant of the public registry to the tenant's 1 to 50 customer numbers
 * ({@link CustomerNumbers}), holds the service provider chosen for routing and its state (ACTIVE or
 * INACTIVE). Rules kept here:
 *
 * <ul>
 *   <li>the chosen provider is one the participant is registered with; without a choice it is the
 *       participant's default;
 *   <li>if the participant later drops the chosen provider, routing uses the participant's default
 *       ({@link #effectiveProvider}) and the customer is flagged {@link #providerUnavailable};
 *   <li>deactivating keeps numbers, provider and history; an inactive customer is never routed to;
 *   <li>a change checked against a stale version is refused ({@link #checkVersion});
 *   <li>re-linking to another participant keeps numbers, state and history; the provider becomes
 *       the new participant's default unless one of its providers is chosen ({@link #relink});
 *   <li>every change (create, numbers, provider, activate, deactivate, delete) is recorded as a
 *       {@link CustomerChange} with who, when, before and after, collected by {@link
 *       #pullChanges()} for the audit trail.
 * </ul>
 *
 * <p>Uniqueness of customer numbers within a tenant and one customer per participant need the whole
 * directory and are checked by the application through its ports. New customers come from {@link
 * #create}, stored ones from {@link #reconstitute}; the version is incremented by the directory
 * port on each save (0 until first saved).
 */
public final class Customer {

  private final CustomerId id;
  private final TenantId tenantId;
  private ParticipantId participantId;
  private CustomerNumbers numbers;
  private ServiceProviderId serviceProviderId;
  private CustomerState state;
  private final long version;
  private final List<CustomerChange> changes = new ArrayList<>();

  private Customer(
      CustomerId id,
      TenantId tenantId,
      ParticipantId participantId,
      CustomerNumbers numbers,
      ServiceProviderId serviceProviderId,
      CustomerState state,
      long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
    this.participantId = Objects.requireNonNull(participantId, "participantId");
    this.numbers = Objects.requireNonNull(numbers, "numbers");
    this.serviceProviderId = Objects.requireNonNull(serviceProviderId, "serviceProviderId");
    this.state = Objects.requireNonNull(state, "state");
    this.version = version;
  }

  /**
   * Adds a participant to a tenant's directory as a new, active customer.
   *
   * @param providerId the chosen provider, or {@code null} for the participant's default
   * @throws ValidationException {@code PROVIDER_NOT_REGISTERED} when the participant is not
   *     registered with the chosen provider
   */
  public static Customer create(
      TenantId tenantId,
      Participant participant,
      CustomerNumbers numbers,
      ServiceProviderId providerId,
      ChangeStamp stamp) {
    ServiceProviderId chosen = providerId == null ? participant.defaultProviderId() : providerId;
    requireRegistered(participant, chosen);
    Customer customer =
        new Customer(
            CustomerId.newId(),
            tenantId,
            participant.id(),
            numbers,
            chosen,
            CustomerState.ACTIVE,
            0);
    customer.record(CustomerAction.CREATED, stamp, null);
    return customer;
  }

  /** Rebuilds a stored customer without recording a change; for persistence adapters only. */
  public static Customer reconstitute(
      CustomerId id,
      TenantId tenantId,
      ParticipantId participantId,
      CustomerNumbers numbers,
      ServiceProviderId serviceProviderId,
      CustomerState state,
      long version) {
    return new Customer(id, tenantId, participantId, numbers, serviceProviderId, state, version);
  }

  /**
   * Refuses a change based on another version than this one.
   *
   * @throws ConflictException {@code CONCURRENT_CHANGE}
   */
  public void checkVersion(long expectedVersion) {
    if (expectedVersion != version) {
      throw ConflictException.concurrentChange();
    }
  }

  /** Replaces all customer numbers. */
  public void replaceNumbers(CustomerNumbers newNumbers, ChangeStamp stamp) {
    Objects.requireNonNull(newNumbers, "numbers");
    CustomerSnapshot before = snapshot();
    this.numbers = newNumbers;
    record(CustomerAction.NUMBERS_REPLACED, stamp, before);
  }

  /**
   * Chooses the provider documents to this customer go through ("Select service provider").
   *
   * @throws ValidationException {@code PROVIDER_NOT_REGISTERED} when the participant is not
   *     registered with it
   */
  public void chooseProvider(
      Participant participant, ServiceProviderId providerId, ChangeStamp stamp) {
    if (!participant.id().equals(participantId)) {
      throw new IllegalArgumentException(
          "participant " + participant.id() + " is not the customer's " + participantId);
    }
    requireRegistered(participant, providerId);
    CustomerSnapshot before = snapshot();
    this.serviceProviderId = providerId;
    record(CustomerAction.PROVIDER_CHOSEN, stamp, before);
  }

  /**
   * Points the customer at another participant (the company moved to a new E-address): numbers,
   * state and history stay; the provider becomes the new participant's default unless one of its
   * providers is chosen. Nothing happens when it is the same participant and provider.
   *
   * @param providerId the chosen provider of the new participant, or {@code null} for its default
   * @throws ValidationException {@code PROVIDER_NOT_REGISTERED} when the new participant is not
   *     registered with the chosen provider
   */
  public void relink(Participant participant, ServiceProviderId providerId, ChangeStamp stamp) {
    ServiceProviderId chosen = providerId == null ? participant.defaultProviderId() : providerId;
    requireRegistered(participant, chosen);
    if (participant.id().equals(participantId) && chosen.equals(serviceProviderId)) {
      return;
    }
    CustomerSnapshot before = snapshot();
    this.participantId = participant.id();
    this.serviceProviderId = chosen;
    record(CustomerAction.RELINKED, stamp, before);
  }

  /** Takes the customer back into use for routing; nothing happens when it is active. */
  public void activate(ChangeStamp stamp) {
    if (state != CustomerState.ACTIVE) {
      CustomerSnapshot before = snapshot();
      state = CustomerState.ACTIVE;
      record(CustomerAction.ACTIVATED, stamp, before);
    }
  }

  /** Keeps the customer but stops routing to it; nothing happens when it is inactive. */
  public void deactivate(ChangeStamp stamp) {
    if (state != CustomerState.INACTIVE) {
      CustomerSnapshot before = snapshot();
      state = CustomerState.INACTIVE;
      record(CustomerAction.DEACTIVATED, stamp, before);
    }
  }

  /** Records the customer's removal from the directory; the directory port then deletes it. */
  public void delete(ChangeStamp stamp) {
    changes.add(
        new CustomerChange(
            tenantId, id, CustomerAction.DELETED, stamp.actor(), stamp.at(), snapshot(), null));
  }

  /**
   * The provider routing uses: the chosen one while the participant is registered with it, else the
   * participant's default.
   */
  public ServiceProvider effectiveProvider(Participant participant) {
    return participant.provider(serviceProviderId).orElseGet(participant::defaultProvider);
  }

  /** Whether the participant no longer has the chosen provider ("provider no longer available"). */
  public boolean providerUnavailable(Participant participant) {
    return !participant.isRegisteredWith(serviceProviderId);
  }

  public boolean isActive() {
    return state == CustomerState.ACTIVE;
  }

  /** The changes recorded since the last call, oldest first; clears them. */
  public List<CustomerChange> pullChanges() {
    List<CustomerChange> pulled = List.copyOf(changes);
    changes.clear();
    return pulled;
  }

  /** The customer's current numbers, provider, state and participant. */
  public CustomerSnapshot snapshot() {
    return new CustomerSnapshot(numbers.asStrings(), serviceProviderId, state, participantId);
  }

  public CustomerId id() {
    return id;
  }

  public TenantId tenantId() {
    return tenantId;
  }

  public ParticipantId participantId() {
    return participantId;
  }

  public CustomerNumbers numbers() {
    return numbers;
  }

  /** The chosen provider's id (see {@link #effectiveProvider} for the one routing uses). */
  public ServiceProviderId serviceProviderId() {
    return serviceProviderId;
  }

  public CustomerState state() {
    return state;
  }

  public long version() {
    return version;
  }

  private void record(CustomerAction action, ChangeStamp stamp, CustomerSnapshot before) {
    changes.add(
        new CustomerChange(tenantId, id, action, stamp.actor(), stamp.at(), before, snapshot()));
  }

  private static void requireRegistered(Participant participant, ServiceProviderId providerId) {
    if (providerId == null || !participant.isRegisteredWith(providerId)) {
      throw new ValidationException(
          ErrorCode.PROVIDER_NOT_REGISTERED,
          Violation.of(
              Input.SERVICE_PROVIDER,
              Rule.PROVIDER_NOT_REGISTERED,
              participant.name(),
              providerId));
    }
  }

  @Override
  public String toString() {
    return "Customer[" + id + ", " + numbers + ", " + state + ", v" + version + "]";
  }
}
