package com.routebook.adapter.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.domain.ConflictException;
import com.routebook.domain.ForbiddenException;
import com.routebook.domain.NotFoundException;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import com.routebook.domain.customer.CustomerExistsException;
import com.routebook.domain.customer.CustomerId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsTest {

  @Test
  void a_validation_error_is_422_with_one_entry_per_violation() {
    Problem problem =
        Problems.of(
            new ValidationException(
                "INVALID_CUSTOMER_NUMBERS",
                List.of(
                    new Violation("customerNumbers[1]", "bad B 2"),
                    new Violation("customerNumbers[2]", "A-1 twice"))));

    assertThat(problem.status()).isEqualTo(422);
    assertThat(problem.title()).isEqualTo("Unprocessable Content");
    assertThat(problem.code()).isEqualTo("INVALID_CUSTOMER_NUMBERS");
    assertThat(problem.type()).isEqualTo("urn:routebook:problem:invalid-customer-numbers");
    assertThat(problem.errors())
        .containsExactly(
            new Problem.FieldError("customerNumbers[1]", "bad B 2"),
            new Problem.FieldError("customerNumbers[2]", "A-1 twice"));
  }

  @Test
  void not_found_forbidden_and_conflicts_keep_their_codes() {
    assertThat(Problems.of(new NotFoundException("CUSTOMER_NOT_FOUND", "no customer x")))
        .extracting(Problem::status, Problem::code, Problem::detail)
        .containsExactly(404, "CUSTOMER_NOT_FOUND", "no customer x");
    assertThat(Problems.of(new ForbiddenException("demo-viewer lacks the role EDITOR")))
        .extracting(Problem::status, Problem::code)
        .containsExactly(403, "FORBIDDEN");
    assertThat(Problems.of(new ConflictException("CUSTOMER_NUMBER_TAKEN", "taken")))
        .extracting(Problem::status, Problem::code, Problem::errors)
        .containsExactly(409, "CUSTOMER_NUMBER_TAKEN", List.of());
  }

  @Test
  void an_existing_customer_is_named_by_its_id() {
    Problem problem = Problems.of(new CustomerExistsException(new CustomerId("c-1")));

    assertThat(problem.status()).isEqualTo(409);
    assertThat(problem.code()).isEqualTo("CUSTOMER_EXISTS");
    assertThat(problem.customerId()).isEqualTo("c-1");
  }

  @Test
  void a_stale_version_is_a_failed_precondition() {
    Problem problem = Problems.of(ConflictException.concurrentChange());

    assertThat(problem.status()).isEqualTo(412);
    assertThat(problem.code()).isEqualTo("CONCURRENT_CHANGE");
    assertThat(problem.detail()).isEqualTo("changed by someone else; reload");
  }
}
