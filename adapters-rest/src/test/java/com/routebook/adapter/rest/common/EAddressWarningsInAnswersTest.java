package com.routebook.adapter.rest.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.routing.DocumentReference;
import com.routebook.domain.routing.MatchedBy;
import com.routebook.domain.routing.Recipient;
import org.junit.jupiter.api.Test;

/** Every answer that carries an E-address carries its warnings beside it. */
class EAddressWarningsInAnswersTest {

  private static final String REMOVED = "scheme 0037 (FI:OVT) is removed; use 0216";

  @Test
  void a_recipient_carries_the_warnings_of_its_e_address() {
    assertThat(
            DecisionResponse.RecipientJson.from(
                    new Recipient(new ParticipantId("p-1"), "Legacy Oy", "0037:003701120389"))
                .warnings())
        .containsExactly(REMOVED);
    assertThat(
            DecisionResponse.RecipientJson.from(
                    new Recipient(new ParticipantId("p-2"), "Acme AB", "0007:5560360793"))
                .warnings())
        .isEmpty();
  }

  @Test
  void a_reference_as_sent_carries_the_warnings_of_the_e_address_it_carried() {
    DocumentReference sent =
        DocumentReference.of("D-1").with(MatchedBy.E_ADDRESS, "0037:003701120389");
    ReferenceAsSentJson json = ReferenceAsSentJson.from(sent);

    assertThat(json.eAddress()).isEqualTo("0037:003701120389");
    assertThat(json.warnings()).containsExactly(REMOVED);
    assertThat(ReferenceAsSentJson.from(DocumentReference.of("D-2")).warnings()).isEmpty();
    assertThat(
            ReferenceAsSentJson.from(
                    DocumentReference.of("D-3").with(MatchedBy.E_ADDRESS, "no address"))
                .warnings())
        .isEmpty();
  }
}
