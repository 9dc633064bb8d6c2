package com.routebook.application.port.out;

import static com.routebook.application.fixture.CustomerFixture.aCustomer;
import static com.routebook.application.fixture.ParticipantFixture.aParticipant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.application.port.out.DirectorySearch.CustomerSummary;
import com.routebook.application.port.out.RegistrySearch.ParticipantSummary;
import com.routebook.application.port.out.RegistrySearch.ProviderOption;
import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ParticipantStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchRowsTest {

  private final Participant participant = aParticipant().build();
  private final Participant other = aParticipant().build();
  private final Customer customer = aCustomer().of(participant).withNumbers("A-1").build();

  @Test
  void a_customer_row_is_made_only_of_the_customers_own_participant() {
    assertThat(CustomerSummary.of(customer, participant).participantId())
        .isEqualTo(participant.id());
    assertThatThrownBy(() -> CustomerSummary.of(customer, other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customer " + customer.id() + " does not link to participant " + other.id());
  }

  @Test
  void a_customer_row_needs_its_keys_and_keeps_a_copy_of_the_numbers() {
    CustomerSummary row = CustomerSummary.of(customer, participant);
    List<String> numbers = new ArrayList<>(List.of("A-1"));
    CustomerSummary copied = copy(row, numbers);
    numbers.add("B-2");

    assertThat(copied.customerNumbers()).containsExactly("A-1");
    assertThatThrownBy(
            () ->
                new CustomerSummary(
                    null,
                    "n",
                    row.participantId(),
                    null,
                    null,
                    null,
                    List.of(),
                    row.serviceProvider(),
                    CustomerState.ACTIVE,
                    false,
                    1))
        .hasMessage("id");
    assertThatThrownBy(
            () ->
                new CustomerSummary(
                    row.id(),
                    null,
                    row.participantId(),
                    null,
                    null,
                    null,
                    List.of(),
                    row.serviceProvider(),
                    CustomerState.ACTIVE,
                    false,
                    1))
        .hasMessage("name");
    assertThatThrownBy(
            () ->
                new CustomerSummary(
                    row.id(),
                    "n",
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    row.serviceProvider(),
                    CustomerState.ACTIVE,
                    false,
                    1))
        .hasMessage("participantId");
    assertThatThrownBy(
            () ->
                new CustomerSummary(
                    row.id(),
                    "n",
                    row.participantId(),
                    null,
                    null,
                    null,
                    List.of(),
                    null,
                    CustomerState.ACTIVE,
                    false,
                    1))
        .hasMessage("serviceProvider");
    assertThatThrownBy(
            () ->
                new CustomerSummary(
                    row.id(),
                    "n",
                    row.participantId(),
                    null,
                    null,
                    null,
                    List.of(),
                    row.serviceProvider(),
                    null,
                    false,
                    1))
        .hasMessage("state");
  }

  @Test
  void a_participant_row_shows_the_red_label_only_when_deactivated() {
    Participant deactivated = aParticipant().deactivated().build();

    assertThat(ParticipantSummary.of(participant).nonExisting()).isFalse();
    assertThat(ParticipantSummary.of(deactivated).nonExisting()).isTrue();
    assertThat(ParticipantSummary.of(deactivated).status())
        .isEqualTo(ParticipantStatus.DEACTIVATED);
  }

  @Test
  void a_participant_row_needs_its_keys_and_keeps_copies_of_its_lists() {
    ParticipantSummary row = ParticipantSummary.of(participant);
    List<ProviderOption> options = new ArrayList<>(row.serviceProviders());
    ParticipantSummary copied =
        new ParticipantSummary(
            row.id(), row.name(), "SE", row.eAddress(), new ArrayList<>(), options, row.status());
    options.clear();

    assertThat(copied.serviceProviders()).hasSize(1);
    assertThat(row.serviceProviders())
        .containsExactly(new ProviderOption(participant.defaultProvider(), true));
    assertThatThrownBy(
            () -> new ParticipantSummary(null, "n", "SE", null, List.of(), List.of(), row.status()))
        .hasMessage("id");
    assertThatThrownBy(
            () ->
                new ParticipantSummary(
                    row.id(), null, "SE", null, List.of(), List.of(), row.status()))
        .hasMessage("name");
    assertThatThrownBy(
            () -> new ParticipantSummary(row.id(), "n", "SE", null, List.of(), List.of(), null))
        .hasMessage("status");
    assertThatThrownBy(() -> new ProviderOption(null, true)).hasMessage("provider");
  }

  private static CustomerSummary copy(CustomerSummary row, List<String> numbers) {
    return new CustomerSummary(
        row.id(),
        row.name(),
        row.participantId(),
        row.eAddress(),
        row.organizationNumber(),
        row.vatNumber(),
        numbers,
        row.serviceProvider(),
        row.state(),
        row.nonExisting(),
        row.version());
  }
}
