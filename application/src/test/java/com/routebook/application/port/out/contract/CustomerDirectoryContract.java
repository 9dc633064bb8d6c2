package com.routebook.application.port.out.contract;

import static com.routebook.application.fixture.CustomerFixture.aCustomer;
import static com.routebook.application.fixture.ParticipantFixture.aParticipant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.application.port.out.CustomerDirectory;
import com.routebook.application.port.out.ParticipantRegistry;
import com.routebook.domain.ConflictException;
import com.routebook.domain.DomainException;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.NotFoundException;
import com.routebook.domain.customer.ChangeStamp;
import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerExistsException;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.customer.CustomerNumberTakenException;
import com.routebook.domain.customer.CustomerNumbers;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ServiceProvider;
import com.routebook.domain.participant.ServiceProviderId;
import com.routebook.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link CustomerDirectory}. Each test uses fresh tenants, participants and
 * numbers, so an adapter may keep data between tests.
 */
public abstract class CustomerDirectoryContract {

  private static final ChangeStamp STAMP = new ChangeStamp("tester", Instant.EPOCH);

  protected ParticipantRegistry registry;
  protected CustomerDirectory directory;
  protected final TenantId tenantA = new TenantId("a-" + UUID.randomUUID());
  protected final TenantId tenantB = new TenantId("b-" + UUID.randomUUID());
  private final String unique = UUID.randomUUID().toString().substring(0, 8);

  /** The directory under test, with the registry its customers' participants are added to. */
  protected abstract DirectoryStores newStores();

  @BeforeEach
  void createPorts() {
    DirectoryStores stores = newStores();
    registry = stores.registry();
    directory = stores.directory();
  }

  private Participant registered(Participant participant) {
    participant.serviceProviders().forEach(registry::addServiceProvider);
    return registry.add(participant);
  }

  private Customer stored(TenantId tenant, Participant participant, String... numbers) {
    Customer customer =
        aCustomer().inTenant(tenant).of(registered(participant)).withNumbers(numbers).build();
    return directory.add(tenant, customer);
  }

  private String n(String number) {
    return number + "-" + unique;
  }

  @Test
  void an_added_customer_is_stored_with_version_1_and_found_every_way() {
    Participant p = aParticipant().build();
    Customer added = stored(tenantA, p, n("B"), n("A"));

    assertThat(added.version()).isEqualTo(1);
    Customer found = directory.findById(tenantA, added.id()).orElseThrow();
    assertThat(found.version()).isEqualTo(1);
    assertThat(found.participantId()).isEqualTo(p.id());
    assertThat(found.numbers().asStrings()).containsExactly(n("B"), n("A"));
    assertThat(found.serviceProviderId()).isEqualTo(p.defaultProviderId());
    assertThat(found.state()).isEqualTo(CustomerState.ACTIVE);
    assertThat(found.tenantId()).isEqualTo(tenantA);
    assertThat(directory.findByParticipant(tenantA, p.id())).map(Customer::id).contains(added.id());
    assertThat(directory.findByCustomerNumbers(tenantA, Set.of(new CustomerNumber(n("B")))))
        .extracting(Customer::id)
        .containsExactly(added.id());
    assertThat(directory.findByParticipants(tenantA, Set.of(p.id())))
        .extracting(Customer::id)
        .containsExactly(added.id());
  }

  @Test
  void finders_answer_empty_for_unknown_keys() {
    assertThat(directory.findById(tenantA, CustomerId.newId())).isEmpty();
    assertThat(directory.findByParticipant(tenantA, aParticipant().build().id())).isEmpty();
    assertThat(directory.findByCustomerNumbers(tenantA, Set.of(new CustomerNumber(n("none")))))
        .isEmpty();
    assertThat(directory.findByParticipants(tenantA, Set.of(aParticipant().build().id())))
        .isEmpty();
  }

  @Test
  void many_numbers_are_looked_up_in_one_call() {
    Customer one = stored(tenantA, aParticipant().build(), n("1"));
    Customer two = stored(tenantA, aParticipant().build(), n("2"), n("3"));
    stored(tenantA, aParticipant().build(), n("4"));

    List<Customer> found =
        directory.findByCustomerNumbers(
            tenantA,
            Set.of(
                new CustomerNumber(n("1")),
                new CustomerNumber(n("3")),
                new CustomerNumber(n("2")),
                new CustomerNumber(n("9"))));

    assertThat(found).extracting(Customer::id).containsExactlyInAnyOrder(one.id(), two.id());
    assertThat(
            directory.findByParticipants(
                tenantA, Set.of(one.participantId(), two.participantId(), ParticipantId.newId())))
        .extracting(Customer::id)
        .containsExactlyInAnyOrder(one.id(), two.id());
  }

  @Test
  void an_update_stores_the_change_and_increments_the_version() {
    ServiceProvider first = ServiceProvider.named("First " + unique);
    ServiceProvider second = ServiceProvider.named("Second " + unique);
    Participant p = registered(aParticipant().withProviders(first, second).build());
    Customer added =
        directory.add(tenantA, aCustomer().inTenant(tenantA).of(p).withNumbers(n("A")).build());
    ServiceProviderId other = second.id();
    added.replaceNumbers(CustomerNumbers.of(n("X"), n("A")), STAMP);
    added.chooseProvider(p, other, STAMP);
    added.deactivate(STAMP);

    Customer updated = directory.update(tenantA, added);

    assertThat(updated.version()).isEqualTo(2);
    Customer found = directory.findById(tenantA, added.id()).orElseThrow();
    assertThat(found.numbers().asStrings()).containsExactly(n("X"), n("A"));
    assertThat(found.serviceProviderId()).isEqualTo(other);
    assertThat(found.state()).isEqualTo(CustomerState.INACTIVE);
    assertThat(found.version()).isEqualTo(2);
    assertThat(directory.findByCustomerNumbers(tenantA, Set.of(new CustomerNumber(n("B")))))
        .isEmpty();
  }

  @Test
  void replacing_only_the_numbers_still_increments_the_version() {
    Customer added = stored(tenantA, aParticipant().build(), n("A"));
    added.replaceNumbers(CustomerNumbers.of(n("B")), STAMP);

    assertThat(directory.update(tenantA, added).version()).isEqualTo(2);
    assertThat(directory.findById(tenantA, added.id()).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void a_number_freed_by_an_update_can_be_taken_by_another_customer() {
    Customer added = stored(tenantA, aParticipant().build(), n("A"));
    added.replaceNumbers(CustomerNumbers.of(n("B")), STAMP);
    directory.update(tenantA, added);

    Customer other = stored(tenantA, aParticipant().build(), n("A"));

    assertThat(directory.findByCustomerNumbers(tenantA, Set.of(new CustomerNumber(n("A")))))
        .extracting(Customer::id)
        .containsExactly(other.id());
  }

  @Test
  void numbers_compare_case_sensitively_in_look_ups() {
    stored(tenantA, aParticipant().build(), n("abc"));

    assertThat(
            directory.findByCustomerNumbers(
                tenantA, Set.of(new CustomerNumber(n("abc").toUpperCase(Locale.ROOT)))))
        .isEmpty();
  }

  @Test
  void a_save_based_on_a_stale_version_is_refused_and_changes_nothing() {
    Customer added = stored(tenantA, aParticipant().build(), n("A"));
    Customer first = directory.findById(tenantA, added.id()).orElseThrow();
    Customer second = directory.findById(tenantA, added.id()).orElseThrow();
    first.deactivate(STAMP);
    directory.update(tenantA, first);

    second.replaceNumbers(CustomerNumbers.of(n("LOST")), STAMP);

    assertThatThrownBy(() -> directory.update(tenantA, second))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.CONCURRENT_CHANGE));
    Customer found = directory.findById(tenantA, added.id()).orElseThrow();
    assertThat(found.numbers().asStrings()).containsExactly(n("A"));
    assertThat(found.state()).isEqualTo(CustomerState.INACTIVE);
    assertThat(found.version()).isEqualTo(2);
    assertThatThrownBy(() -> directory.delete(tenantA, added.id(), 1))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.CONCURRENT_CHANGE));
    assertThat(directory.findById(tenantA, added.id())).isPresent();
    assertThat(directory.findByCustomerNumbers(tenantA, Set.of(new CustomerNumber(n("A")))))
        .extracting(Customer::id)
        .containsExactly(added.id());
  }

  @Test
  void deleting_removes_the_customer_and_frees_its_numbers_and_participant() {
    Participant p = aParticipant().build();
    Customer added = stored(tenantA, p, n("A"));

    directory.delete(tenantA, added.id(), 1);

    assertThat(directory.findById(tenantA, added.id())).isEmpty();
    assertThat(directory.findByParticipant(tenantA, p.id())).isEmpty();
    Customer again =
        directory.add(tenantA, aCustomer().inTenant(tenantA).of(p).withNumbers(n("A")).build());
    assertThat(again.numbers().asStrings()).containsExactly(n("A"));
    assertThat(again.version()).isEqualTo(1);
  }

  @Test
  void changing_or_deleting_an_unknown_customer_is_not_found() {
    Customer never = aCustomer().inTenant(tenantA).build();
    Customer withVersion =
        Customer.reconstitute(
            never.id(),
            tenantA,
            never.participantId(),
            never.numbers(),
            never.serviceProviderId(),
            never.state(),
            1);
    assertThatThrownBy(() -> directory.update(tenantA, withVersion))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.CUSTOMER_NOT_FOUND));
    assertThatThrownBy(() -> directory.delete(tenantA, never.id(), 1))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void a_number_held_by_another_customer_of_the_tenant_is_refused() {
    stored(tenantA, aParticipant().build(), n("A"), n("C"));
    Customer other = stored(tenantA, aParticipant().build(), n("B"));
    Participant third = registered(aParticipant().build());
    Customer clash =
        aCustomer().inTenant(tenantA).of(third).withNumbers(n("X"), n("C"), n("A")).build();

    assertThatThrownBy(() -> directory.add(tenantA, clash))
        .isInstanceOfSatisfying(
            CustomerNumberTakenException.class,
            e -> {
              assertThat(e.code()).isEqualTo(CustomerNumberTakenException.CUSTOMER_NUMBER_TAKEN);
              assertThat(e.numbers()).containsExactly(n("C"), n("A"));
            });
    assertThat(directory.findById(tenantA, clash.id())).isEmpty();
    assertThat(directory.findByParticipant(tenantA, third.id())).isEmpty();
    assertThat(directory.findByCustomerNumbers(tenantA, Set.of(new CustomerNumber(n("X")))))
        .isEmpty();
    other.replaceNumbers(CustomerNumbers.of(n("Y"), n("A")), STAMP);
    assertThatThrownBy(() -> directory.update(tenantA, other))
        .isInstanceOfSatisfying(
            CustomerNumberTakenException.class,
            e -> assertThat(e.numbers()).containsExactly(n("A")));
    Customer unchanged = directory.findById(tenantA, other.id()).orElseThrow();
    assertThat(unchanged.numbers().asStrings()).containsExactly(n("B"));
    assertThat(unchanged.version()).isEqualTo(1);
    assertThat(directory.findByCustomerNumbers(tenantA, Set.of(new CustomerNumber(n("Y")))))
        .isEmpty();
  }

  @Test
  void a_second_customer_for_the_same_participant_is_refused() {
    Participant p = aParticipant().build();
    Customer first = stored(tenantA, p, n("A"));

    assertThatThrownBy(
            () ->
                directory.add(
                    tenantA, aCustomer().inTenant(tenantA).of(p).withNumbers(n("B")).build()))
        .isInstanceOfSatisfying(
            CustomerExistsException.class,
            e -> assertThat(e.existingCustomerId()).isEqualTo(first.id()));
  }

  @Test
  void a_relinked_customer_is_stored_with_its_new_participant_and_frees_the_old_one() {
    Participant old = aParticipant().build();
    Participant moved = registered(aParticipant().build());
    Customer customer = stored(tenantA, old, n("A"));

    customer.relink(moved, null, STAMP);
    Customer saved = directory.update(tenantA, customer);

    assertThat(saved.participantId()).isEqualTo(moved.id());
    assertThat(saved.version()).isEqualTo(2);
    assertThat(directory.findById(tenantA, customer.id()).orElseThrow().participantId())
        .isEqualTo(moved.id());
    assertThat(directory.findByParticipant(tenantA, moved.id())).isPresent();
    assertThat(directory.findByParticipant(tenantA, old.id())).isEmpty();
  }

  @Test
  void relinking_to_a_participant_another_customer_holds_is_refused_and_changes_nothing() {
    Participant p = aParticipant().build();
    Participant taken = aParticipant().build();
    Customer customer = stored(tenantA, p, n("A"));
    Customer holder = stored(tenantA, taken, n("T"));

    customer.relink(taken, null, STAMP);

    assertThatThrownBy(() -> directory.update(tenantA, customer))
        .isInstanceOfSatisfying(
            CustomerExistsException.class,
            e -> assertThat(e.existingCustomerId()).isEqualTo(holder.id()));
    assertThat(directory.findById(tenantA, customer.id()).orElseThrow().participantId())
        .isEqualTo(p.id());
  }

  @Test
  void another_tenant_can_neither_see_nor_change_nor_delete_a_customer() {
    Participant p = aParticipant().build();
    Customer stored = stored(tenantA, p, n("A"));
    Customer loaded = directory.findById(tenantA, stored.id()).orElseThrow();
    loaded.deactivate(STAMP);

    assertThat(directory.findById(tenantB, stored.id())).isEmpty();
    assertThat(directory.findByParticipant(tenantB, p.id())).isEmpty();
    assertThat(directory.findByParticipants(tenantB, Set.of(p.id()))).isEmpty();
    assertThat(directory.findByCustomerNumbers(tenantB, Set.of(new CustomerNumber(n("A")))))
        .isEmpty();
    assertThatThrownBy(() -> directory.update(tenantB, loaded))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.CUSTOMER_NOT_FOUND));
    assertThatThrownBy(() -> directory.delete(tenantB, stored.id(), 1))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.CUSTOMER_NOT_FOUND));
    Customer unchanged = directory.findById(tenantA, stored.id()).orElseThrow();
    assertThat(unchanged.state()).isEqualTo(CustomerState.ACTIVE);
    assertThat(unchanged.version()).isEqualTo(1);
  }

  @Test
  void two_tenants_never_see_or_touch_each_others_customers() {
    Participant shared = aParticipant().build();
    Customer mine = stored(tenantA, shared, n("SAME"));
    Customer theirs =
        directory.add(
            tenantB, aCustomer().inTenant(tenantB).of(shared).withNumbers(n("SAME")).build());

    assertThat(directory.findById(tenantB, mine.id())).isEmpty();
    assertThat(directory.findByParticipant(tenantB, shared.id()))
        .map(Customer::id)
        .contains(theirs.id());
    assertThat(directory.findByCustomerNumbers(tenantA, Set.of(new CustomerNumber(n("SAME")))))
        .extracting(Customer::id)
        .containsExactly(mine.id());
    assertThat(directory.findByParticipants(tenantB, Set.of(shared.id())))
        .extracting(Customer::id)
        .containsExactly(theirs.id());
    Customer mineAsB = directory.findById(tenantA, mine.id()).orElseThrow();
    assertThatThrownBy(() -> directory.delete(tenantB, mine.id(), 1))
        .isInstanceOf(NotFoundException.class);
    Customer forged =
        Customer.reconstitute(
            mineAsB.id(),
            tenantB,
            shared.id(),
            mineAsB.numbers(),
            mineAsB.serviceProviderId(),
            CustomerState.INACTIVE,
            1);
    assertThatThrownBy(() -> directory.update(tenantB, forged)).isInstanceOf(DomainException.class);
    assertThat(directory.findById(tenantA, mine.id()).orElseThrow().state())
        .isEqualTo(CustomerState.ACTIVE);
  }

  @Test
  void what_a_finder_returns_is_a_copy() {
    Customer added = stored(tenantA, aParticipant().build(), n("A"));
    Customer found = directory.findById(tenantA, added.id()).orElseThrow();

    found.deactivate(STAMP);

    assertThat(directory.findById(tenantA, added.id()).orElseThrow().state())
        .isEqualTo(CustomerState.ACTIVE);
  }
}
