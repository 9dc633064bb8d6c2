package com.routebook.adapter.jsf.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.adapter.jsf.support.RecordingFeedback;
import com.routebook.domain.Explanation;
import com.routebook.domain.ExplanationCode;
import com.routebook.domain.participant.ParticipantStatus;
import com.routebook.domain.routing.DocumentReference;
import com.routebook.domain.routing.MatchedBy;
import com.routebook.domain.routing.RoutingDecision;
import com.routebook.domain.routing.StopReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TestRoutingBeanTest {

  private final RecordingFeedback feedback = new RecordingFeedback();
  private final List<DocumentReference> asked = new ArrayList<>();
  private final TestRoutingBean bean = bean(feedback);

  private TestRoutingBean bean(RecordingFeedback feedback) {
    return new TestRoutingBean(
        reference -> {
          asked.add(reference);
          return RoutingDecision.stopped(
              reference.documentId(),
              StopReason.NO_MATCH,
              null,
              null,
              null,
              List.of(
                  Explanation.of(
                      ExplanationCode.MISROUTING,
                      MatchedBy.VAT,
                      "SE556036079301",
                      List.of(
                          Explanation.of(
                              ExplanationCode.PARTICIPANT,
                              "Acme AB",
                              "p-1",
                              ParticipantStatus.DEACTIVATED)),
                      "Other AB")),
              List.of(
                  Explanation.of(ExplanationCode.NO_CUSTOMER, MatchedBy.CUSTOMER_NUMBER, "X-1"),
                  Explanation.text("kept as it was"),
                  Explanation.of(ExplanationCode.NO_REFERENCE_MATCHED)));
        },
        feedback);
  }

  @Test
  void showsTheDecisionWithItsPathAndWarnings() {
    bean.setDocumentId("INV-1");
    bean.setCustomerNumber(" X-1 ");

    bean.test();

    assertThat(asked)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.customerNumber()).isEqualTo("X-1");
              assertThat(r.present()).containsExactly(MatchedBy.CUSTOMER_NUMBER);
            });
    DecisionModel decision = bean.getDecision();
    assertThat(decision.isRouted()).isFalse();
    assertThat(decision.getReasonKey()).isEqualTo("reason.NO_MATCH");
    assertThat(decision.getMessageKey()).isEqualTo("stop.NO_MATCH");
    assertThat(decision.getPath())
        .containsExactly(
            "Customer number \"X-1\": no customer in your directory.",
            "kept as it was",
            "No reference matched.");
    assertThat(decision.getWarnings())
        .containsExactly(
            "VAT number \"SE556036079301\" points to a different participant (Acme AB (p-1, non"
                + " existing)) than Other AB: risk of misrouting.");
  }

  @Test
  void aSwedishPageShowsThePathAndWarningsInSwedish() {
    TestRoutingBean swedish = bean(new RecordingFeedback(Locale.forLanguageTag("sv")));
    swedish.setCustomerNumber("X-1");

    swedish.test();

    assertThat(swedish.getDecision().getPath())
        .containsExactly(
            "Kundnummer \"X-1\": ingen kund i ditt kundregister.",
            "kept as it was",
            "Ingen referens matchade.");
    assertThat(swedish.getDecision().getWarnings())
        .containsExactly(
            "Momsnummer \"SE556036079301\" pekar på en annan deltagare (Acme AB (p-1, finns"
                + " inte)) än Other AB: risk för felroutning.");
  }

  @Test
  void asksForAtLeastOneReference() {
    bean.setDocumentId("INV-1");

    bean.test();

    assertThat(asked).isEmpty();
    assertThat(bean.getDecision()).isNull();
    assertThat(feedback.at("routing:customerNumber")).hasSize(1);
  }
}
