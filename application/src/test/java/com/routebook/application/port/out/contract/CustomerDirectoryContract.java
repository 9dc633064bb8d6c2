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
import com.routebook.domain.customer.CustomerNumbers;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
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

  /** A registry the directory joins for searches (the same store in a database adapter). */
  protected abstract ParticipantRegistry newRegistry();

  /** The directory under test. */
  protected abstract CustomerDirectory newDirectory(ParticipantRegistry registry);

  @BeforeEach
  void createPorts() {
    registry = newRegistry();
    directory = newDirectory(registry);
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
    Customer added = stored(tenantA, p, n("A"), n("B"));

    assertThat(added.version()).isEqualTo(1);
    Customer found = directory.findById(tenantA, added.id()).orElseThrow();
    assertThat(found.version()).isEqualTo(1);
    assertThat(found.participantId()).isEqualTo(p.id());
    assertThat(found.numbers().asStrings()).containsExactly(n("A"), n("B"));
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
  }

  @Test
  void an_update_stores_the_change_and_increments_the_version() {
    Customer added = stored(tenantA, aParticipant().build(), n("A"));
    added.replaceNumbers(CustomerNumbers.of(n("X")), STAMP);
    added.deactivate(STAMP);

    Customer updated = directory.update(tenantA, added);

    assertThat(updated.version()).isEqualTo(2);
    Customer found = directory.findById(tenantA, added.id()).orElseThrow();
    assertThat(found.numbers().asStrings()).containsExactly(n("X"));
    assertThat(found.state()).isEqualTo(CustomerState.INACTIVE);
    assertThat(found.version()).isEqualTo(2);
    assertThat(directory.findByCustomerNumbers(tenantA, Set.of(new CustomerNumber(n("A")))))
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
  }

  @Test
  void deleting_removes_the_customer_and_frees_its_numbers() {
    Customer added = stored(tenantA, aParticipant().build(), n("A"));

    directory.delete(tenantA, added.id(), 1);

    assertThat(directory.findById(tenantA, added.id())).isEmpty();
    assertThat(stored(tenantA, aParticipant().build(), n("A")).numbers().asStrings())
        .containsExactly(n("A"));
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
    stored(tenantA, aParticipant().build(), n("A"));
    Customer other = stored(tenantA, aParticipant().build(), n("B"));
    Participant third = registered(aParticipant().build());

    assertThatThrownBy(
            () ->
                directory.add(
                    tenantA, aCustomer().inTenant(tenantA).of(third).withNumbers(n("A")).build()))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.CUSTOMER_NUMBER_TAKEN));
    other.replaceNumbers(CustomerNumbers.of(n("B"), n("A")), STAMP);
    assertThatThrownBy(() -> directory.update(tenantA, other))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.CUSTOMER_NUMBER_TAKEN));
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
