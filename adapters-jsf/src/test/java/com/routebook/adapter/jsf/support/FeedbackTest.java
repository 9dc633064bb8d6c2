package com.routebook.adapter.jsf.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.domain.ConflictException;
import com.routebook.domain.ForbiddenException;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedbackTest {

  private final RecordingFeedback feedback = new RecordingFeedback();

  @Test
  void violationsGoBesideTheFieldTheyName() {
    feedback.report(
        new ValidationException(
            "INVALID_CUSTOMER_NUMBERS",
            List.of(
                new Violation("customerNumbers[1]", "item 2: bad"),
                new Violation("somethingElse", "other"))),
        Map.of("customerNumbers", "form:numbers"));

    assertThat(feedback.at("form:numbers")).containsExactly("item 2: bad");
    assertThat(feedback.at(null)).containsExactly("other");
  }

  @Test
  void aStaleChangeSaysItWasChangedBySomeoneElse() {
    feedback.report(ConflictException.concurrentChange());

    assertThat(feedback.at(null)).singleElement().asString().contains("changed by someone else");
  }

  @Test
  void aRefusedActionSaysItIsNotAllowed() {
    feedback.report(new ForbiddenException("editor role needed"));

    assertThat(feedback.at(null)).containsExactly("You are not allowed to do that.");
  }

  @Test
  void otherConflictsKeepTheirMessage() {
    feedback.report(new ConflictException("CUSTOMER_NUMBER_TAKEN", "customer number(s) A-1 taken"));

    assertThat(feedback.at(null)).containsExactly("customer number(s) A-1 taken");
  }

  @Test
  void textsAreFormattedWithTheirArguments() {
    assertThat(feedback.text("settings.deleted", "<b>Acme</b>"))
        .isEqualTo("Customer <b>Acme</b> deleted.");
    assertThat(feedback.text("no.such.key")).isEqualTo("no.such.key");
  }

  @Test
  void theItemIndexIsNotPartOfTheFieldName() {
    assertThat(Feedback.baseField("customerNumbers[12]")).isEqualTo("customerNumbers");
    assertThat(Feedback.baseField("q")).isEqualTo("q");
  }
}
