package com.routebook.domain.customer;

import static com.routebook.domain.participant.Participants.aParticipant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerTest {

  private static final TenantId TENANT = new TenantId("t1");
  private static final ChangeStamp STAMP =
      new ChangeStamp("eve", Instant.parse("2026-01-01T10:00:00Z"));
  private final ServiceProvider first = ServiceProvider.named("First");
  private final ServiceProvider second = ServiceProvider.named("Second");
  private final Participant participant = aParticipant().withProviders(first, second).build();

  private Customer newCustomer() {
    Customer customer =
        Customer.create(TENANT, participant, CustomerNumbers.of("A-1"), null, STAMP);
    customer.pullChanges();
    return customer;
  }

  @Test
  void a_new_customer_is_active_with_the_participants_default_provider() {
    Customer customer =
        Customer.create(TENANT, participant, CustomerNumbers.of("A-1", "B-2"), null, STAMP);

    assertThat(customer.state()).isEqualTo(CustomerState.ACTIVE);
    assertThat(customer.isActive()).isTrue();
    assertThat(customer.serviceProviderId()).isEqualTo(first.id());
    assertThat(customer.participantId()).isEqualTo(participant.id());
    assertThat(customer.tenantId()).isEqualTo(TENANT);
    assertThat(customer.numbers().asStrings()).containsExactly("A-1", "B-2");
    assertThat(customer.version()).isZero();
    assertThat(customer.toString()).contains("A-1, B-2");
  }

  @Test
  void creating_is_recorded_with_who_when_and_the_customer_after() {
    Customer customer =
        Customer.create(TENANT, participant, CustomerNumbers.of("A-1"), second.id(), STAMP);

    List<CustomerChange> changes = customer.pullChanges();

    assertThat(changes).hasSize(1);
    CustomerChange created = changes.get(0);
    assertThat(created.action()).isEqualTo(CustomerAction.CREATED);
    assertThat(created.actor()).isEqualTo("eve");
    assertThat(created.at()).isEqualTo(STAMP.at());
    assertThat(created.tenantId()).isEqualTo(TENANT);
    assertThat(created.customerId()).isEqualTo(customer.id());
    assertThat(created.before()).isNull();
    assertThat(created.after())
        .isEqualTo(
            new CustomerSnapshot(
                List.of("A-1"), second.id(), CustomerState.ACTIVE, participant.id()));
    assertThat(customer.pullChanges()).isEmpty();
  }

  @Test
  void a_provider_the_participant_is_not_registered_with_is_refused() {
    ServiceProviderId stranger = ServiceProviderId.newId();
    assertThatThrownBy(
            () -> Customer.create(TENANT, participant, CustomerNumbers.of("A-1"), stranger, STAMP))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_NOT_REGISTERED);
              assertThat(e.violations())
                  .containsExactly(
                      Violation.of(
                          Input.SERVICE_PROVIDER,
                          Rule.PROVIDER_NOT_REGISTERED,
                          participant.name(),
                          stranger));
            });
  }

  @Test
  void replacing_numbers_records_before_and_after() {
    Customer customer = newCustomer();

    customer.replaceNumbers(CustomerNumbers.of("X-9"), STAMP);

    assertThat(customer.numbers().asStrings()).containsExactly("X-9");
    CustomerChange change = customer.pullChanges().get(0);
    assertThat(change.action()).isEqualTo(CustomerAction.NUMBERS_REPLACED);
    assertThat(change.before().customerNumbers()).containsExactly("A-1");
    assertThat(change.after().customerNumbers()).containsExactly("X-9");
  }

  @Test
  void choosing_a_registered_provider_is_recorded() {
    Customer customer = newCustomer();

    customer.chooseProvider(participant, second.id(), STAMP);

    assertThat(customer.serviceProviderId()).isEqualTo(second.id());
    assertThat(customer.effectiveProvider(participant)).isEqualTo(second);
    CustomerChange change = customer.pullChanges().get(0);
    assertThat(change.action()).isEqualTo(CustomerAction.PROVIDER_CHOSEN);
    assertThat(change.before().serviceProviderId()).isEqualTo(first.id());
    assertThat(change.after().serviceProviderId()).isEqualTo(second.id());
  }

  @Test
  void choosing_an_unregistered_provider_changes_nothing() {
    Customer customer = newCustomer();

    assertThatThrownBy(() -> customer.chooseProvider(participant, ServiceProviderId.newId(), STAMP))
        .isInstanceOf(ValidationException.class);
    assertThat(customer.serviceProviderId()).isEqualTo(first.id());
    assertThat(customer.pullChanges()).isEmpty();
  }

  @Test
  void a_provider_is_chosen_only_with_the_customers_own_participant() {
    Customer customer = newCustomer();
    Participant other = aParticipant().withProviders(second).build();

    assertThatThrownBy(() -> customer.chooseProvider(other, second.id(), STAMP))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void when_the_participant_drops_the_chosen_provider_routing_uses_its_default_and_flags_it() {
    Customer customer = newCustomer();
    customer.chooseProvider(participant, second.id(), STAMP);
    assertThat(customer.providerUnavailable(participant)).isFalse();

    participant.update(
        participant.name(), "SE", participant.eAddress(), List.of(), List.of(first), first.id());

    assertThat(customer.effectiveProvider(participant)).isEqualTo(first);
    assertThat(customer.providerUnavailable(participant)).isTrue();
    assertThat(customer.serviceProviderId()).isEqualTo(second.id());
  }

  @Test
  void deactivating_keeps_numbers_and_provider_and_activating_brings_it_back() {
    Customer customer = newCustomer();

    customer.deactivate(STAMP);

    assertThat(customer.state()).isEqualTo(CustomerState.INACTIVE);
    assertThat(customer.isActive()).isFalse();
    assertThat(customer.numbers().asStrings()).containsExactly("A-1");
    assertThat(customer.serviceProviderId()).isEqualTo(first.id());

    customer.activate(STAMP);

    assertThat(customer.state()).isEqualTo(CustomerState.ACTIVE);
    assertThat(customer.pullChanges())
        .extracting(CustomerChange::action)
        .containsExactly(CustomerAction.DEACTIVATED, CustomerAction.ACTIVATED);
  }

  @Test
  void activating_an_active_or_deactivating_an_inactive_customer_records_nothing() {
    Customer customer = newCustomer();
    customer.activate(STAMP);
    assertThat(customer.pullChanges()).isEmpty();

    customer.deactivate(STAMP);
    customer.pullChanges();
    customer.deactivate(STAMP);
    assertThat(customer.pullChanges()).isEmpty();
    assertThat(customer.state()).isEqualTo(CustomerState.INACTIVE);
  }

  @Test
  void deleting_is_recorded_with_the_customer_before_and_nothing_after() {
    Customer customer = newCustomer();

    customer.delete(STAMP);

    CustomerChange change = customer.pullChanges().get(0);
    assertThat(change.action()).isEqualTo(CustomerAction.DELETED);
    assertThat(change.before().customerNumbers()).containsExactly("A-1");
    assertThat(change.after()).isNull();
  }

  @Test
  void a_change_based_on_another_version_is_refused_as_a_concurrent_change() {
    Customer stored =
        Customer.reconstitute(
            new CustomerId("c1"),
            TENANT,
            participant.id(),
            CustomerNumbers.of("A-1"),
            first.id(),
            CustomerState.ACTIVE,
            3);

    stored.checkVersion(3);
    assertThatThrownBy(() -> stored.checkVersion(2))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.CONCURRENT_CHANGE);
              assertThat(e.arguments()).isEmpty();
            });
    assertThatThrownBy(() -> stored.checkVersion(4)).isInstanceOf(ConflictException.class);
    assertThat(stored.pullChanges()).isEmpty();
    assertThat(stored.version()).isEqualTo(3);
  }

  @Test
  void a_change_must_name_its_customer_before_and_after_where_they_exist() {
    CustomerSnapshot snap = new CustomerSnapshot(List.of("A"), first.id(), CustomerState.ACTIVE);
    CustomerId id = CustomerId.newId();
    Instant at = Instant.EPOCH;
    assertThatThrownBy(
            () -> new CustomerChange(TENANT, id, CustomerAction.ACTIVATED, "x", at, null, snap))
        .hasMessageContaining("before");
    assertThatThrownBy(
            () -> new CustomerChange(TENANT, id, CustomerAction.ACTIVATED, "x", at, snap, null))
        .hasMessageContaining("after");
    assertThat(new CustomerChange(TENANT, id, CustomerAction.DELETED, "x", at, snap, null).after())
        .isNull();
    assertThat(snap.describe()).isEqualTo("numbers A; provider " + first.id() + "; ACTIVE");
    assertThat(snap.participantId()).isNull();
    assertThat(
            new CustomerSnapshot(List.of("A"), first.id(), CustomerState.ACTIVE, participant.id())
                .describe())
        .isEqualTo(
            "numbers A; provider " + first.id() + "; ACTIVE; participant " + participant.id());
  }

  @Test
  void relinking_keeps_numbers_and_state_takes_the_new_default_provider_and_is_recorded() {
    Customer customer = newCustomer();
    customer.deactivate(STAMP);
    customer.pullChanges();
    ServiceProvider third = ServiceProvider.named("Third");
    Participant moved = aParticipant().withProviders(third, first).build();

    customer.relink(moved, null, STAMP);

    assertThat(customer.participantId()).isEqualTo(moved.id());
    assertThat(customer.serviceProviderId()).isEqualTo(third.id());
    assertThat(customer.numbers().asStrings()).containsExactly("A-1");
    assertThat(customer.state()).isEqualTo(CustomerState.INACTIVE);
    List<CustomerChange> changes = customer.pullChanges();
    assertThat(changes).hasSize(1);
    CustomerChange relinked = changes.get(0);
    assertThat(relinked.action()).isEqualTo(CustomerAction.RELINKED);
    assertThat(relinked.before().participantId()).isEqualTo(participant.id());
    assertThat(relinked.before().serviceProviderId()).isEqualTo(first.id());
    assertThat(relinked.after().participantId()).isEqualTo(moved.id());
    assertThat(relinked.after().serviceProviderId()).isEqualTo(third.id());
  }

  @Test
  void relinking_takes_a_chosen_provider_of_the_new_participant_and_refuses_a_stranger() {
    Customer customer = newCustomer();
    ServiceProvider third = ServiceProvider.named("Third");
    Participant moved = aParticipant().withProviders(third, first).build();
    ServiceProviderId stranger = second.id();

    assertThatThrownBy(() -> customer.relink(moved, stranger, STAMP))
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(ErrorCode.PROVIDER_NOT_REGISTERED);
    assertThat(customer.participantId()).isEqualTo(participant.id());
    assertThat(customer.pullChanges()).isEmpty();

    customer.relink(moved, first.id(), STAMP);

    assertThat(customer.participantId()).isEqualTo(moved.id());
    assertThat(customer.serviceProviderId()).isEqualTo(first.id());
  }

  @Test
  void relinking_to_the_same_participant_and_provider_changes_nothing() {
    Customer customer = newCustomer();

    customer.relink(participant, null, STAMP);
    assertThat(customer.pullChanges()).isEmpty();

    customer.relink(participant, second.id(), STAMP);
    assertThat(customer.pullChanges())
        .extracting(CustomerChange::action)
        .containsExactly(CustomerAction.RELINKED);
    assertThat(customer.serviceProviderId()).isEqualTo(second.id());
  }

  @Test
  void stamps_and_ids_refuse_blanks() {
    assertThatThrownBy(() -> new ChangeStamp(" ", Instant.EPOCH)).hasMessageContaining("actor");
    assertThatThrownBy(() -> new ChangeStamp(null, Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("actor");
    assertThatThrownBy(() -> new CustomerId("")).hasMessageContaining("customerId");
    assertThatThrownBy(() -> new CustomerId(null)).hasMessageContaining("customerId");
    assertThat(new CustomerId("c").toString()).isEqualTo("c");
    assertThat(CustomerId.newId()).isNotEqualTo(CustomerId.newId());
    assertThat(new ParticipantId("p")).isEqualTo(new ParticipantId("p"));
  }

  @Test
  void an_existing_customer_error_carries_its_id() {
    CustomerId id = new CustomerId("c-7");
    CustomerExistsException e = new CustomerExistsException(id);
    assertThat(e.existingCustomerId()).isEqualTo(id);
    assertThat(e.code()).isEqualTo(ErrorCode.CUSTOMER_EXISTS);
    assertThat(e.arguments()).containsExactly(id);
  }
}
