package com.routebook.adapter.jsf.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.domain.Breach;
import com.routebook.domain.ConflictException;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.ForbiddenException;
import com.routebook.domain.Input;
import com.routebook.domain.Rule;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import com.routebook.domain.identifier.IdentifierScheme;
import com.routebook.domain.identifier.OrganizationNumberRule;
import com.routebook.domain.routing.DocumentId;
import com.routebook.domain.routing.StopReason;
import com.routebook.domain.tenant.Role;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedbackTest {

  private static final Locale SWEDISH = Locale.forLanguageTag("sv");

  private final RecordingFeedback feedback = new RecordingFeedback();
  private final RecordingFeedback swedish = new RecordingFeedback(SWEDISH);

  private static ValidationException numbers() {
    return new ValidationException(
        ErrorCode.INVALID_CUSTOMER_NUMBERS,
        List.of(
            Violation.ofItem(Input.CUSTOMER_NUMBERS, 1, Rule.CUSTOMER_NUMBER_TWICE, "A-1"),
            Violation.of(Input.SERVICE_PROVIDER, Rule.PROVIDER_NOT_REGISTERED, "Acme", "sp-9")));
  }

  @Test
  void aRefusalIsRecordedInEnglishWithTheActorWhateverTheViewsLanguage() {
    List<String> recorded = new java.util.ArrayList<>();
    RecordingFeedback swedish =
        new RecordingFeedback(SWEDISH) {
          @Override
          protected String viewId() {
            return "/settings.xhtml";
          }
        };
    swedish.events =
        (type, username, tenantId, address, detail) ->
            recorded.add(type + "|" + username + "|" + tenantId + "|" + address + "|" + detail);
    swedish.currentUser =
        () ->
            new com.routebook.domain.tenant.Actor(
                "vi",
                new com.routebook.domain.tenant.TenantId("t-1"),
                java.util.Set.of(Role.VIEWER));

    swedish.report(new ForbiddenException(Rule.LACKS_ROLE, "vi", Role.EDITOR));
    swedish.report(numbers(), Map.of());

    assertThat(recorded)
        .containsExactly(
            "REFUSED|vi|t-1|unknown|You are not allowed to do that: vi does not have the role"
                + " editor. (screen /settings.xhtml)");
  }

  @Test
  void aRefusalAnswers403AndOtherErrorsDoNot() {
    feedback.report(numbers(), Map.of());
    feedback.report(ConflictException.concurrentChange());
    assertThat(feedback.forbidden).isFalse();

    feedback.report(new ForbiddenException(Rule.LACKS_ROLE, "vi", Role.EDITOR));

    assertThat(feedback.forbidden).isTrue();
  }

  @Test
  void aRefusalWithoutTheLogIsOnlyShown() {
    feedback.report(new ForbiddenException(Rule.LACKS_ROLE, "vi", Role.EDITOR));

    assertThat(feedback.messages).hasSize(1);
  }

  @Test
  void violationsGoBesideTheFieldOfTheirPartOfTheInput() {
    feedback.report(numbers(), Map.of(Input.CUSTOMER_NUMBERS, "form:numbers"));

    assertThat(feedback.at("form:numbers"))
        .containsExactly("Item 2: Customer number \"A-1\" is given twice.");
    assertThat(feedback.at(null))
        .containsExactly("Acme is not registered with service provider \"sp-9\".");
  }

  @Test
  void violationsReadInSwedishOnASwedishPage() {
    swedish.report(numbers(), Map.of(Input.CUSTOMER_NUMBERS, "form:numbers"));

    assertThat(swedish.at("form:numbers"))
        .containsExactly("Post 2: Kundnumret \"A-1\" anges två gånger.");
    assertThat(swedish.at(null))
        .containsExactly("Acme är inte registrerad hos tjänsteleverantören \"sp-9\".");
  }

  @Test
  void identifierErrorsNameTheNumberAndTheReasonInTheLanguageOfThePage() {
    ValidationException invalid =
        new ValidationException(
            ErrorCode.INVALID_IDENTIFIER,
            Violation.of(
                Input.ORGANIZATION_NUMBER,
                Rule.IDENTIFIER_INVALID,
                OrganizationNumberRule.SE,
                "556036-0794",
                Breach.of(Rule.CHECK_DIGIT, 3)));
    feedback.report(invalid, Map.of(Input.ORGANIZATION_NUMBER, "f:org"));
    swedish.report(invalid, Map.of(Input.ORGANIZATION_NUMBER, "f:org"));

    assertThat(feedback.at("f:org"))
        .containsExactly("Swedish organization number 556036-0794: the check digit should be 3.");
    assertThat(swedish.at("f:org"))
        .containsExactly("Svenskt organisationsnummer 556036-0794: kontrollsiffran ska vara 3.");
  }

  @Test
  void aStaleChangeSaysItWasChangedBySomeoneElse() {
    feedback.report(ConflictException.concurrentChange());
    swedish.report(ConflictException.concurrentChange());

    assertThat(feedback.at(null)).singleElement().asString().contains("changed by someone else");
    assertThat(swedish.at(null)).singleElement().asString().contains("ändrats av någon annan");
  }

  @Test
  void aRefusedActionSaysItIsNotAllowedAndWhy() {
    feedback.report(new ForbiddenException(Rule.LACKS_ROLE, "anna", Role.EDITOR));
    swedish.report(new ForbiddenException(Rule.LACKS_ROLE, "anna", Role.EDITOR));

    assertThat(feedback.at(null))
        .containsExactly("You are not allowed to do that: anna does not have the role editor.");
    assertThat(swedish.at(null))
        .containsExactly("Du får inte göra det: anna har inte rollen redaktör.");
  }

  @Test
  void otherErrorsReadFromTheirCodeAndArguments() {
    feedback.report(new ConflictException(ErrorCode.CUSTOMER_NUMBER_TAKEN, List.of("A-1", "B-2")));

    assertThat(feedback.at(null))
        .containsExactly(
            "Customer number(s) A-1, B-2 already used by another customer in your directory.");
  }

  @Test
  void aStopMessageNamesTheDocumentInTheLanguageOfThePage() {
    assertThat(feedback.stopMessage(StopReason.CUSTOMER_INACTIVE, new DocumentId("D-9")))
        .startsWith("Recipient of document D-9 is an inactive customer");
    assertThat(swedish.stopMessage(StopReason.CUSTOMER_INACTIVE, new DocumentId("D-9")))
        .startsWith("Mottagaren av dokument D-9 är en inaktiv kund");
    assertThat(Feedback.stopKey(StopReason.NO_MATCH)).isEqualTo("stop.NO_MATCH");
  }

  @Test
  void textsAreFormattedWithTheirArguments() {
    assertThat(feedback.text("settings.deleted", "<b>Acme</b>"))
        .isEqualTo("Customer <b>Acme</b> deleted.");
    assertThat(feedback.text("no.such.key")).isEqualTo("no.such.key");
    assertThat(swedish.text("IdentifierScheme.VAT")).isEqualTo("Momsnummer");
    assertThat(feedback.text("rule.IDENTIFIER_REQUIRED", IdentifierScheme.VAT))
        .isEqualTo("VAT number is required.");
  }
}
