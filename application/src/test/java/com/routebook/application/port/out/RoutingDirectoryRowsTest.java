package com.routebook.application.port.out;

import static com.routebook.application.fixture.CustomerFixture.aCustomer;
import static com.routebook.application.fixture.ParticipantFixture.aParticipant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.application.port.out.RoutingDirectory.IdentifierMatch;
import com.routebook.application.port.out.RoutingDirectory.NumberMatch;
import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.routing.RoutingCustomer;
import com.routebook.domain.routing.RoutingParticipant;
import org.junit.jupiter.api.Test;

class RoutingDirectoryRowsTest {

  private final Participant participant = aParticipant().build();
  private final Participant other = aParticipant().build();
  private final Customer customer = aCustomer().of(participant).build();
  private final RoutingCustomer read = RoutingCustomer.of(customer, participant);
  private final CustomerNumber number = customer.numbers().values().get(0);

  @Test
  void a_number_row_needs_its_number_customer_and_the_customers_participant() {
    RoutingParticipant mine = RoutingParticipant.of(participant);
    assertThat(new NumberMatch(number, read, mine).customer()).isEqualTo(read);
    assertThatThrownBy(() -> new NumberMatch(null, read, mine)).hasMessage("number");
    assertThatThrownBy(() -> new NumberMatch(number, null, mine)).hasMessage("customer");
    assertThatThrownBy(() -> new NumberMatch(number, read, null)).hasMessage("participant");
    assertThatThrownBy(() -> new NumberMatch(number, read, RoutingParticipant.of(other)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "customer "
                + customer.id()
                + " links to participant "
                + participant.id()
                + ", not to "
                + other.id());
  }

  @Test
  void an_identifier_row_has_a_customer_only_of_its_participant() {
    var identifier = participant.eAddressIdentifier();
    RoutingParticipant mine = RoutingParticipant.of(participant);
    assertThat(new IdentifierMatch(identifier, mine, read).customerIfAny()).contains(read);
    assertThat(new IdentifierMatch(identifier, mine, null).customerIfAny()).isEmpty();
    assertThatThrownBy(() -> new IdentifierMatch(null, mine, null)).hasMessage("identifier");
    assertThatThrownBy(() -> new IdentifierMatch(identifier, null, null)).hasMessage("participant");
    assertThatThrownBy(() -> new IdentifierMatch(identifier, RoutingParticipant.of(other), read))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("links to participant " + participant.id());
  }
}
