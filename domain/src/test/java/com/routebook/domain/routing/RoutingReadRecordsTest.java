package com.routebook.domain.routing;

import static com.routebook.domain.participant.Participants.aParticipant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.customer.CustomerNumbers;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ParticipantStatus;
import com.routebook.domain.participant.ServiceProvider;
import com.routebook.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;

class RoutingReadRecordsTest {

  private final ServiceProvider first = ServiceProvider.named("First");
  private final ServiceProvider second = ServiceProvider.named("Second");

  private static Customer customer(Participant p, ServiceProvider chosen, CustomerState state) {
    return Customer.reconstitute(
        CustomerId.newId(),
        new TenantId("t1"),
        p.id(),
        CustomerNumbers.of("A-1"),
        chosen.id(),
        state,
        1);
  }

  @Test
  void a_participant_reads_as_its_name_status_e_address_and_default_provider() {
    Participant p = aParticipant().withProviders(first, second).build();

    RoutingParticipant read = RoutingParticipant.of(p);

    assertThat(read)
        .isEqualTo(
            new RoutingParticipant(
                p.id(), p.name(), ParticipantStatus.ACTIVE, p.eAddressText(), first));
    assertThat(read.isActive()).isTrue();
    assertThat(RoutingParticipant.of(aParticipant().deactivated().build()).isActive()).isFalse();
  }

  @Test
  void a_participant_read_needs_every_field() {
    ParticipantId id = ParticipantId.newId();
    var active = ParticipantStatus.ACTIVE;
    assertThatThrownBy(() -> new RoutingParticipant(null, "N", active, "0007:1", first))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id");
    assertThatThrownBy(() -> new RoutingParticipant(id, "N", null, "0007:1", first))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("status");
    assertThatThrownBy(() -> new RoutingParticipant(id, "N", active, "0007:1", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("defaultProvider");
    assertThatThrownBy(() -> new RoutingParticipant(id, " ", active, "0007:1", first))
        .hasMessage("name must not be blank, was \" \"");
    assertThatThrownBy(() -> new RoutingParticipant(id, null, active, "0007:1", first))
        .hasMessage("name must not be blank, was \"null\"");
    assertThatThrownBy(() -> new RoutingParticipant(id, "N", active, "", first))
        .hasMessage("eAddress must not be blank, was \"\"");
    assertThatThrownBy(() -> new RoutingParticipant(id, "N", active, null, first))
        .hasMessage("eAddress must not be blank, was \"null\"");
  }

  @Test
  void a_customer_whose_chosen_provider_is_offered_routes_through_it() {
    Participant p = aParticipant().withProviders(first, second).build();
    Customer c = customer(p, second, CustomerState.ACTIVE);

    RoutingCustomer read = RoutingCustomer.of(c, p);

    assertThat(read)
        .isEqualTo(new RoutingCustomer(c.id(), p.id(), CustomerState.ACTIVE, second.id(), second));
    assertThat(read.isActive()).isTrue();
    assertThat(read.providerUnavailable()).isFalse();
    assertThat(read.effectiveProvider(RoutingParticipant.of(p))).isEqualTo(second);
  }

  @Test
  void a_customer_whose_chosen_provider_was_dropped_routes_through_the_default() {
    Participant p = aParticipant().withProviders(first).build();
    Customer c = customer(p, second, CustomerState.INACTIVE);

    RoutingCustomer read = RoutingCustomer.of(c, p);

    assertThat(read.offeredProvider()).isNull();
    assertThat(read.chosenProviderId()).isEqualTo(second.id());
    assertThat(read.isActive()).isFalse();
    assertThat(read.providerUnavailable()).isTrue();
    assertThat(read.effectiveProvider(RoutingParticipant.of(p))).isEqualTo(first);
  }

  @Test
  void a_customer_read_needs_its_fields_and_an_offered_provider_that_is_the_chosen_one() {
    CustomerId id = CustomerId.newId();
    ParticipantId pid = ParticipantId.newId();
    var active = CustomerState.ACTIVE;
    assertThatThrownBy(() -> new RoutingCustomer(null, pid, active, first.id(), null))
        .hasMessage("id");
    assertThatThrownBy(() -> new RoutingCustomer(id, null, active, first.id(), null))
        .hasMessage("participantId");
    assertThatThrownBy(() -> new RoutingCustomer(id, pid, null, first.id(), null))
        .hasMessage("state");
    assertThatThrownBy(() -> new RoutingCustomer(id, pid, active, null, null))
        .hasMessage("chosenProviderId");
    assertThatThrownBy(() -> new RoutingCustomer(id, pid, active, first.id(), second))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("offeredProvider must be the chosen provider " + first.id());
  }

  @Test
  void a_customer_is_read_only_with_its_own_participant() {
    Participant p = aParticipant().build();
    Participant other = aParticipant().build();
    Customer c = customer(p, p.defaultProvider(), CustomerState.ACTIVE);

    assertThatThrownBy(() -> RoutingCustomer.of(c, other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("links to participant " + p.id());
  }
}
