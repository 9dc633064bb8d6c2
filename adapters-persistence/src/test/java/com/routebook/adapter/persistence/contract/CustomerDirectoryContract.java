package com.routebook.adapter.persistence.contract;

import static com.routebook.adapter.persistence.testing.Fixtures.customer;
import static com.routebook.adapter.persistence.testing.Fixtures.participant;
import static com.routebook.adapter.persistence.testing.Fixtures.stamp;
import static com.routebook.adapter.persistence.testing.Fixtures.swedishOrganizationNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.domain.ConflictException;
import com.routebook.domain.DomainException;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.NotFoundException;
import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerExistsException;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.customer.CustomerNumbers;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ServiceProvider;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the tenants' customer directories must do on every database. */
abstract class CustomerDirectoryContract extends PersistenceTestBase {

  ServiceProvider pagero;
  ServiceProvider crediflow;
  Participant acme;
  Participant nordic;
  Participant partille;

  @BeforeEach
  void registry() {
    pagero = registry.addServiceProvider(ServiceProvider.named("Pagero"));
    crediflow = registry.addServiceProvider(ServiceProvider.named("Crediflow"));
    acme =
        registry.add(
            participant("Acme Paper AB", swedishOrganizationNumber(7654321), pagero, crediflow));
    nordic = registry.add(participant("Nordic Parts AS", crediflow));
    partille = registry.add(participant("Partille Bygg AB", pagero));
  }

  @Test
  void a_new_customer_is_stored_with_version_1_and_read_back_whole() {
    Customer stored = directory.add(tenantA, customer(tenantA, acme, "B-2", "A-1"));

    Customer read = directory.findById(tenantA, stored.id()).orElseThrow();

    assertThat(stored.version()).isEqualTo(1);
    assertThat(read.version()).isEqualTo(1);
    assertThat(read.numbers().asStrings()).containsExactly("B-2", "A-1");
    assertThat(read.participantId()).isEqualTo(acme.id());
    assertThat(read.serviceProviderId()).isEqualTo(pagero.id());
    assertThat(read.state()).isEqualTo(CustomerState.ACTIVE);
    assertThat(read.tenantId()).isEqualTo(tenantA);
  }

  @Test
  void a_number_another_customer_of_the_tenant_holds_is_refused_and_nothing_is_stored() {
    directory.add(tenantA, customer(tenantA, acme, "A-1"));
    Customer clash = customer(tenantA, nordic, "X-9", "A-1");

    assertThatThrownBy(() -> directory.add(tenantA, clash))
        .isInstanceOf(ConflictException.class)
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo(ErrorCode.CUSTOMER_NUMBER_TAKEN);
    assertThat(directory.findById(tenantA, clash.id())).isEmpty();
    assertThat(directory.findByCustomerNumbers(tenantA, Set.of(new CustomerNumber("X-9"))))
        .isEmpty();
  }

  @Test
  void a_second_customer_for_the_same_participant_is_refused_naming_the_existing_one() {
    Customer first = directory.add(tenantA, customer(tenantA, acme, "A-1"));

    assertThatThrownBy(() -> directory.add(tenantA, customer(tenantA, acme, "A-2")))
        .isInstanceOfSatisfying(
            CustomerExistsException.class,
            e -> assertThat(e.existingCustomerId()).isEqualTo(first.id()));
  }

  @Test
  void the_same_number_and_participant_may_exist_in_another_tenants_directory() {
    directory.add(tenantA, customer(tenantA, acme, "A-1"));
    Customer other = directory.add(tenantB, customer(tenantB, acme, "A-1"));

    assertThat(directory.findByCustomerNumbers(tenantB, Set.of(new CustomerNumber("A-1"))))
        .extracting(Customer::id)
        .containsExactly(other.id());
  }

  @Test
  void an_update_increments_the_version_and_replaces_numbers_provider_and_state() {
    Customer stored = directory.add(tenantA, customer(tenantA, acme, "A-1", "A-2"));
    Customer changed = directory.findById(tenantA, stored.id()).orElseThrow();
    changed.replaceNumbers(CustomerNumbers.of("A-3", "A-1"), stamp());
    changed.chooseProvider(acme, crediflow.id(), stamp());
    changed.deactivate(stamp());

    Customer saved = directory.update(tenantA, changed);
    Customer read = directory.findById(tenantA, stored.id()).orElseThrow();

    assertThat(saved.version()).isEqualTo(2);
    assertThat(read.version()).isEqualTo(2);
    assertThat(read.numbers().asStrings()).containsExactly("A-3", "A-1");
    assertThat(read.serviceProviderId()).isEqualTo(crediflow.id());
    assertThat(read.state()).isEqualTo(CustomerState.INACTIVE);
  }

  @Test
  void replacing_only_the_numbers_still_increments_the_version() {
    Customer stored = directory.add(tenantA, customer(tenantA, acme, "A-1"));
    Customer changed = directory.findById(tenantA, stored.id()).orElseThrow();
    changed.replaceNumbers(CustomerNumbers.of("A-2"), stamp());

    assertThat(directory.update(tenantA, changed).version()).isEqualTo(2);
    assertThat(directory.findById(tenantA, stored.id()).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void a_number_freed_by_an_update_can_be_taken_by_another_customer() {
    Customer stored = directory.add(tenantA, customer(tenantA, acme, "A-1"));
    Customer changed = directory.findById(tenantA, stored.id()).orElseThrow();
    changed.replaceNumbers(CustomerNumbers.of("A-2"), stamp());
    directory.update(tenantA, changed);

    Customer other = directory.add(tenantA, customer(tenantA, nordic, "A-1"));

    assertThat(directory.findByCustomerNumbers(tenantA, Set.of(new CustomerNumber("A-1"))))
        .extracting(Customer::id)
        .containsExactly(other.id());
  }

  @Test
  void an_update_taking_another_customers_number_is_refused_and_changes_nothing() {
    directory.add(tenantA, customer(tenantA, acme, "A-1"));
    Customer second = directory.add(tenantA, customer(tenantA, nordic, "N-1"));
    Customer changed = directory.findById(tenantA, second.id()).orElseThrow();
    changed.replaceNumbers(CustomerNumbers.of("N-2", "A-1"), stamp());

    assertThatThrownBy(() -> directory.update(tenantA, changed))
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo(ErrorCode.CUSTOMER_NUMBER_TAKEN);
    Customer read = directory.findById(tenantA, second.id()).orElseThrow();
    assertThat(read.numbers().asStrings()).containsExactly("N-1");
    assertThat(read.version()).isEqualTo(1);
  }

  @Test
  void an_update_based_on_a_stale_version_is_refused_and_changes_nothing() {
    Customer stored = directory.add(tenantA, customer(tenantA, acme, "A-1"));
    Customer first = directory.findById(tenantA, stored.id()).orElseThrow();
    Customer second = directory.findById(tenantA, stored.id()).orElseThrow();
    first.deactivate(stamp());
    directory.update(tenantA, first);
    second.replaceNumbers(CustomerNumbers.of("Z-9"), stamp());

    assertThatThrownBy(() -> directory.update(tenantA, second))
        .isInstanceOf(ConflictException.class)
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo(ConflictException.CONCURRENT_CHANGE);
    Customer read = directory.findById(tenantA, stored.id()).orElseThrow();
    assertThat(read.numbers().asStrings()).containsExactly("A-1");
    assertThat(read.state()).isEqualTo(CustomerState.INACTIVE);
    assertThat(read.version()).isEqualTo(2);
  }

  @Test
  void a_delete_frees_the_numbers() {
    Customer stored = directory.add(tenantA, customer(tenantA, acme, "A-1"));

    directory.delete(tenantA, stored.id(), 1);

    assertThat(directory.findById(tenantA, stored.id())).isEmpty();
    assertThat(directory.add(tenantA, customer(tenantA, acme, "A-1")).version()).isEqualTo(1);
  }

  @Test
  void a_delete_based_on_a_stale_version_is_refused_and_deletes_nothing() {
    Customer stored = directory.add(tenantA, customer(tenantA, acme, "A-1"));

    assertThatThrownBy(() -> directory.delete(tenantA, stored.id(), 0))
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo(ConflictException.CONCURRENT_CHANGE);
    assertThat(directory.findById(tenantA, stored.id())).isPresent();
    assertThat(directory.findByCustomerNumbers(tenantA, Set.of(new CustomerNumber("A-1"))))
        .hasSize(1);
  }

  @Test
  void another_tenant_can_neither_see_nor_change_nor_delete_a_customer() {
    Customer stored = directory.add(tenantA, customer(tenantA, acme, "A-1"));
    Customer loaded = directory.findById(tenantA, stored.id()).orElseThrow();
    loaded.deactivate(stamp());

    assertThat(directory.findById(tenantB, stored.id())).isEmpty();
    assertThat(directory.findByParticipant(tenantB, acme.id())).isEmpty();
    assertThat(directory.findByParticipants(tenantB, Set.of(acme.id()))).isEmpty();
    assertThat(directory.findByCustomerNumbers(tenantB, Set.of(new CustomerNumber("A-1"))))
        .isEmpty();
    assertThatThrownBy(() -> directory.update(tenantB, loaded))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> directory.delete(tenantB, stored.id(), 1))
        .isInstanceOf(NotFoundException.class);
    Customer read = directory.findById(tenantA, stored.id()).orElseThrow();
    assertThat(read.state()).isEqualTo(CustomerState.ACTIVE);
    assertThat(read.version()).isEqualTo(1);
  }

  @Test
  void customers_are_found_by_many_numbers_and_participants_at_once() {
    Customer a = directory.add(tenantA, customer(tenantA, acme, "A-1", "A-2"));
    Customer n = directory.add(tenantA, customer(tenantA, nordic, "N-1"));
    directory.add(tenantA, customer(tenantA, partille, "P-1"));

    assertThat(
            directory.findByCustomerNumbers(
                tenantA,
                Set.of(
                    new CustomerNumber("A-1"),
                    new CustomerNumber("A-2"),
                    new CustomerNumber("N-1"),
                    new CustomerNumber("none"))))
        .extracting(Customer::id)
        .containsExactlyInAnyOrder(a.id(), n.id());
    assertThat(directory.findByParticipants(tenantA, Set.of(acme.id(), nordic.id())))
        .extracting(Customer::id)
        .containsExactlyInAnyOrder(a.id(), n.id());
    assertThat(directory.findByParticipant(tenantA, nordic.id()))
        .map(Customer::id)
        .contains(n.id());
  }

  @Test
  void numbers_compare_case_sensitively_in_look_ups() {
    directory.add(tenantA, customer(tenantA, acme, "abc-1"));

    assertThat(directory.findByCustomerNumbers(tenantA, Set.of(new CustomerNumber("ABC-1"))))
        .isEmpty();
  }

  @Test
  void deleting_an_unknown_customer_is_not_found() {
    assertThatThrownBy(() -> directory.delete(tenantA, CustomerId.newId(), 1))
        .isInstanceOf(NotFoundException.class);
  }
}
