package com.routebook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.routebook.domain.customer.CustomerExistsException;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.identifier.IdentifierScheme;
import com.routebook.domain.tenant.Role;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ErrorCatalogueTest {

  /** A bundle in a made-up language, to show that every word comes from the bundle. */
  static final class Texts extends ListResourceBundle {
    @Override
    protected Object[][] getContents() {
      return new Object[][] {
        {ErrorTexts.ITEM, "#{0}> {1}"},
        {ErrorTexts.SEVERAL, "{0} x ({1})"},
        {"error.CUSTOMER_NOT_FOUND", "nix {0}"},
        {"error.CONCURRENT_CHANGE", "stale, isn''t it"},
        {"error.FORBIDDEN", "no: {0}"},
        {"rule.LACKS_ROLE", "{0} wants {1}"},
        {"rule.IDENTIFIER_INVALID", "{0} [{1}] {2}"},
        {"rule.CHECK_DIGIT", "digit {0}"},
        {"rule.CUSTOMER_NUMBERS_TOO_MANY", "max {0}, {1}"},
        {"rule.CUSTOMER_NUMBER_EMPTY", "empty"},
        {"error.CUSTOMER_NUMBER_TAKEN", "taken: {0}"},
        {"IdentifierScheme.VAT", "moms"},
        {"Role.EDITOR", "redaktor"},
      };
    }
  }

  private final ErrorTexts texts = new ErrorTexts(new Texts(), Locale.ROOT);

  @Test
  void an_error_is_rendered_from_its_code_and_arguments() {
    assertThat(texts.detail(new NotFoundException(ErrorCode.CUSTOMER_NOT_FOUND, "c-1")))
        .isEqualTo("nix c-1");
    assertThat(texts.detail(ConflictException.concurrentChange())).isEqualTo("stale, isn't it");
    assertThat(
            texts.detail(
                new ConflictException(ErrorCode.CUSTOMER_NUMBER_TAKEN, List.of("A-1", "B-2"))))
        .isEqualTo("taken: A-1, B-2");
  }

  @Test
  void enums_and_nested_breaches_among_the_arguments_are_rendered_by_the_bundle() {
    assertThat(texts.detail(new ForbiddenException(Rule.LACKS_ROLE, "anna", Role.EDITOR)))
        .isEqualTo("no: anna wants redaktor");
    Violation violation =
        Violation.of(
            Input.VAT_NUMBER,
            Rule.IDENTIFIER_INVALID,
            IdentifierScheme.VAT,
            "SE1",
            Breach.of(Rule.CHECK_DIGIT, 3));
    assertThat(texts.message(violation)).isEqualTo("moms [SE1] digit 3");
    assertThat(texts.name(IdentifierScheme.VAT)).isEqualTo("moms");
    assertThat(texts.name(IdentifierScheme.GLN)).isEqualTo("GLN");
  }

  @Test
  void numbers_are_written_plainly_whatever_the_language() {
    Violation tooMany =
        Violation.of(Input.CUSTOMER_NUMBERS, Rule.CUSTOMER_NUMBERS_TOO_MANY, 50, 12345);
    assertThat(new ErrorTexts(new Texts(), Locale.GERMANY).message(tooMany))
        .isEqualTo("max 50, 12345");
  }

  @Test
  void a_violation_of_an_item_is_placed_by_its_position_from_one() {
    ValidationException one =
        new ValidationException(
            ErrorCode.INVALID_CUSTOMER_NUMBERS,
            Violation.ofItem(Input.CUSTOMER_NUMBERS, 0, Rule.CUSTOMER_NUMBER_EMPTY));
    assertThat(texts.detail(one)).isEqualTo("#1> empty");
    ValidationException two =
        new ValidationException(
            ErrorCode.INVALID_CUSTOMER_NUMBERS,
            List.of(
                Violation.ofItem(Input.CUSTOMER_NUMBERS, 2, Rule.CUSTOMER_NUMBER_EMPTY),
                Violation.of(Input.CUSTOMER_NUMBERS, Rule.CUSTOMER_NUMBERS_TOO_MANY, 50, 51)));
    assertThat(texts.detail(two)).isEqualTo("2 x (#3> empty)");
  }

  @Test
  void a_missing_text_shows_the_key_and_arguments_rather_than_failing() {
    assertThat(texts.detail(new NotFoundException(ErrorCode.DOCUMENT_NOT_FOUND, "d-1")))
        .isEqualTo("error.DOCUMENT_NOT_FOUND[d-1]");
    assertThat(texts.format("nothing.here")).isEqualTo("nothing.here");
    assertThat(texts.name(Role.VIEWER)).isEqualTo("VIEWER");
  }

  @Test
  void keys_follow_the_catalogue() {
    assertThat(ErrorTexts.key(ErrorCode.FORBIDDEN)).isEqualTo("error.FORBIDDEN");
    assertThat(ErrorTexts.key(Rule.DIGITS)).isEqualTo("rule.DIGITS");
    assertThat(ErrorTexts.key(IdentifierScheme.IBAN)).isEqualTo("IdentifierScheme.IBAN");
  }

  @Test
  void an_error_carries_exactly_the_arguments_its_code_takes() {
    DomainException error = new NotFoundException(ErrorCode.TENANT_NOT_FOUND, "t");
    assertThat(error.code()).isEqualTo(ErrorCode.TENANT_NOT_FOUND);
    assertThat(error.arguments()).containsExactly("t");
    assertThat(error.getMessage()).isEqualTo("TENANT_NOT_FOUND[t]");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ConflictException(ErrorCode.CUSTOMER_EXISTS))
        .withMessage("CUSTOMER_EXISTS takes 1 argument(s), got 0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new DomainException(ErrorCode.INVALID_SEARCH))
        .withMessage("INVALID_SEARCH takes 0 argument(s), got 0");
    assertThatNullPointerException().isThrownBy(() -> new DomainException(null));
    CustomerExistsException exists = new CustomerExistsException(new CustomerId("c-9"));
    assertThat(exists.arguments()).containsExactly(new CustomerId("c-9"));
    assertThat(ErrorCode.FORBIDDEN.validation()).isFalse();
    assertThat(ErrorCode.FORBIDDEN.arity()).isEqualTo(1);
    assertThat(ErrorCode.INVALID_USER.validation()).isTrue();
    assertThat(ErrorCode.INVALID_USER.arity()).isZero();
    assertThat(ErrorCode.CONCURRENT_CHANGE.arity()).isZero();
  }

  @Test
  void a_validation_error_has_a_validation_code_and_at_least_one_violation() {
    Violation empty = Violation.of(Input.SEARCH, Rule.SEARCH_EMPTY);
    ValidationException e = new ValidationException(ErrorCode.INVALID_SEARCH, empty);
    assertThat(e.violations()).containsExactly(empty);
    assertThat(e.arguments()).isEmpty();
    assertThat(e.getMessage()).isEqualTo("INVALID_SEARCH [SEARCH: SEARCH_EMPTY]");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ValidationException(ErrorCode.INVALID_SEARCH, List.of()));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ValidationException(ErrorCode.NOT_STOPPED, empty))
        .withMessage("NOT_STOPPED is not a validation code");
  }

  @Test
  void a_breach_carries_exactly_the_arguments_its_rule_takes() {
    assertThat(Breach.of(Rule.DIGITS, 10).arguments()).containsExactly(10);
    assertThat(Breach.of(Rule.NAME_BLANK, (Object) null).arguments())
        .containsExactly((Object) null);
    assertThat(Breach.of(Rule.DIGITS, 10)).hasToString("DIGITS[10]");
    assertThat(Breach.of(Rule.SEARCH_EMPTY)).hasToString("SEARCH_EMPTY");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Breach.of(Rule.DIGITS))
        .withMessage("DIGITS takes 1 argument(s), got 0");
    assertThatNullPointerException().isThrownBy(() -> Breach.of(null));
    assertThat(Rule.IBAN_LENGTH.arity()).isEqualTo(3);
  }

  @Test
  void a_violation_names_its_input_and_item() {
    Violation whole = Violation.of(Input.NAME, Rule.NAME_BLANK, " ");
    assertThat(whole.item()).isNull();
    assertThat(whole.rule()).isEqualTo(Rule.NAME_BLANK);
    assertThat(whole).hasToString("NAME: NAME_BLANK[ ]");
    Violation item = Violation.ofItem(Input.CUSTOMER_NUMBERS, 0, Rule.CUSTOMER_NUMBER_EMPTY);
    assertThat(item.item()).isZero();
    assertThat(item).hasToString("CUSTOMER_NUMBERS[0]: CUSTOMER_NUMBER_EMPTY");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Violation.ofItem(Input.CUSTOMER_NUMBERS, -1, Rule.CUSTOMER_NUMBER_EMPTY));
    assertThatNullPointerException()
        .isThrownBy(() -> new Violation(null, null, Breach.of(Rule.SEARCH_EMPTY)));
    assertThatNullPointerException().isThrownBy(() -> new Violation(Input.NAME, null, null));
  }

  @Test
  void gaps_of_a_bundle_are_missing_texts_and_placeholders_no_argument_fills() {
    List<String> gaps = ErrorTexts.gaps(new Texts());
    assertThat(gaps)
        .contains(
            "rule.DIGITS: missing",
            "error.DOCUMENT_NOT_FOUND: missing",
            "IdentifierScheme.GLN: missing",
            "Role.VIEWER: missing",
            "stop.NO_MATCH: missing")
        .doesNotContain(
            "violation.item: missing",
            "error.CUSTOMER_NOT_FOUND: missing",
            "error.INVALID_SEARCH: missing",
            "rule.CHECK_DIGIT: missing",
            "IdentifierScheme.VAT: missing");
    ListResourceBundle wrong =
        new ListResourceBundle() {
          @Override
          protected Object[][] getContents() {
            return new Object[][] {
              {"rule.DIGITS", "{1} digits"},
              {"rule.IBAN_LENGTH", "{0} and {2,number}"},
              {"rule.CHECK_DIGIT", "digit {0}"},
              {"rule.SEARCH_EMPTY", "empty {0}"},
            };
          }
        };
    assertThat(ErrorTexts.gaps(wrong))
        .contains(
            "rule.DIGITS: placeholders [1], arguments [0]",
            "rule.SEARCH_EMPTY: placeholders [0], arguments []")
        .noneMatch(gap -> gap.startsWith("rule.CHECK_DIGIT:"))
        .noneMatch(gap -> gap.startsWith("rule.IBAN_LENGTH:"));
  }
}
