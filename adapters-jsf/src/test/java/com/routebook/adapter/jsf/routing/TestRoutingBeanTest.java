package com.routebook.adapter.jsf.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.adapter.jsf.support.RecordingFeedback;
import com.routebook.domain.routing.DocumentReference;
import com.routebook.domain.routing.MatchedBy;
import com.routebook.domain.routing.RoutingDecision;
import com.routebook.domain.routing.StopReason;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestRoutingBeanTest {

  private final RecordingFeedback feedback = new RecordingFeedback();
  private final List<DocumentReference> asked = new ArrayList<>();
  private final TestRoutingBean bean =
      new TestRoutingBean(
          reference -> {
            asked.add(reference);
            return RoutingDecision.stopped(
                reference.documentId(),
                StopReason.NO_MATCH,
                null,
                null,
                null,
                List.of("a warning"),
                List.of("customer number X-1: no customer"));
          },
          feedback);

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
    assertThat(decision.getPath()).containsExactly("customer number X-1: no customer");
    assertThat(decision.getWarnings()).containsExactly("a warning");
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
