package com.routebook.adapter.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.domain.Breach;
import com.routebook.domain.ConflictException;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.ForbiddenException;
import com.routebook.domain.Input;
import com.routebook.domain.NotFoundException;
import com.routebook.domain.Rule;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import com.routebook.domain.customer.CustomerExistsException;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.identifier.IdentifierScheme;
import com.routebook.domain.routing.DocumentId;
import com.routebook.domain.routing.StopReason;
import com.routebook.domain.tenant.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsTest {

  @Test
  void a_validation_error_is_422_with_one_entry_per_violation_named_by_its_api_field() {
    Problem problem =
        Problems.of(
            new ValidationException(
                ErrorCode.INVALID_CUSTOMER_NUMBERS,
                List.of(
                    Violation.ofItem(
                        Input.CUSTOMER_NUMBERS, 1, Rule.CUSTOMER_NUMBER_CHARACTERS, "B 2"),
                    Violation.ofItem(
                        Input.CUSTOMER_NUMBERS, 2, Rule.CUSTOMER_NUMBER_TWICE, "A-1"))));

    assertThat(problem.status()).isEqualTo(422);
    assertThat(problem.title()).isEqualTo("Unprocessable Content");
    assertThat(problem.code()).isEqualTo("INVALID_CUSTOMER_NUMBERS");
    assertThat(problem.type()).isEqualTo("urn:routebook:problem:invalid-customer-numbers");
    assertThat(problem.errors())
        .containsExactly(
            new Problem.FieldError(
                "customerNumbers[1]",
                "item 2: customer number \"B 2\" may contain only letters, digits and - _ . /"
                    + " characters"),
            new Problem.FieldError(
                "customerNumbers[2]", "item 3: customer number \"A-1\" is given twice"));
    assertThat(problem.detail())
        .isEqualTo(
            "2 problems: item 2: customer number \"B 2\" may contain only letters, digits and"
                + " - _ . / characters …");
  }

  @Test
  void one_violation_is_the_detail_and_identifiers_keep_their_english() {
    Problem problem =
        Problems.of(
            new ValidationException(
                ErrorCode.INVALID_IDENTIFIER,
                Violation.of(
                    Input.VAT_NUMBER,
                    Rule.IDENTIFIER_INVALID,
                    IdentifierScheme.VAT,
                    "SE556036079401",
                    Breach.of(Rule.CHECK_DIGIT, 3))));
    assertThat(problem.detail()).isEqualTo("VAT number SE556036079401: check digit should be 3");
    assertThat(problem.errors())
        .containsExactly(new Problem.FieldError("vatNumber", problem.detail()));
  }

  @Test
  void not_found_forbidden_and_conflicts_keep_their_codes_and_english() {
    assertThat(Problems.of(new NotFoundException(ErrorCode.CUSTOMER_NOT_FOUND, "x")))
        .extracting(Problem::status, Problem::code, Problem::detail)
        .containsExactly(404, "CUSTOMER_NOT_FOUND", "no customer x in your directory");
    assertThat(Problems.of(new ForbiddenException(Rule.LACKS_ROLE, "demo-viewer", Role.EDITOR)))
        .extracting(Problem::status, Problem::code, Problem::detail)
        .containsExactly(403, "FORBIDDEN", "demo-viewer lacks the role EDITOR");
    assertThat(
            Problems.of(
                new ConflictException(ErrorCode.CUSTOMER_NUMBER_TAKEN, List.of("A-1", "B-2"))))
        .extracting(Problem::status, Problem::code, Problem::detail, Problem::errors)
        .containsExactly(
            409,
            "CUSTOMER_NUMBER_TAKEN",
            "customer number(s) A-1, B-2 already used by another customer in your directory",
            List.of());
  }

  @Test
  void an_existing_customer_is_named_by_its_id() {
    Problem problem = Problems.of(new CustomerExistsException(new CustomerId("c-1")));

    assertThat(problem.status()).isEqualTo(409);
    assertThat(problem.code()).isEqualTo("CUSTOMER_EXISTS");
    assertThat(problem.customerId()).isEqualTo("c-1");
    assertThat(problem.detail())
        .isEqualTo("the participant already is a customer in your directory (c-1)");
  }

  @Test
  void a_stale_version_is_a_failed_precondition() {
    Problem problem = Problems.of(ConflictException.concurrentChange());

    assertThat(problem.status()).isEqualTo(412);
    assertThat(problem.code()).isEqualTo("CONCURRENT_CHANGE");
    assertThat(problem.detail()).isEqualTo("changed by someone else; reload");
  }

  @Test
  void every_part_of_an_input_has_an_api_field() {
    assertThat(ApiTexts.field(Violation.of(Input.SEARCH, Rule.SEARCH_EMPTY))).isEqualTo("q");
    assertThat(ApiTexts.field(Input.CUSTOMER)).isEqualTo("participantId");
    assertThat(ApiTexts.field(Input.SERVICE_PROVIDER)).isEqualTo("serviceProviderId");
    assertThat(ApiTexts.field(Input.PAGE_SIZE)).isEqualTo("size");
    for (Input input : Input.values()) {
      assertThat(ApiTexts.field(input)).matches("[a-z][A-Za-z]*");
    }
  }

  @Test
  void a_stop_message_names_the_document() {
    assertThat(ApiTexts.stopMessage(StopReason.NO_MATCH, new DocumentId("INV-1")))
        .isEqualTo(
            "Recipient of document INV-1 did not match any recipient in the public customer"
                + " registry or in your customer directory. Verify that the recipient is added to"
                + " your customer directory");
  }
}
