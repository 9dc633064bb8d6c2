package com.routebook.domain.identifier;

import static com.routebook.domain.identifier.IdentifierScheme.E_ADDRESS;
import static com.routebook.domain.identifier.IdentifierScheme.GLN;
import static com.routebook.domain.identifier.IdentifierScheme.IBAN;
import static com.routebook.domain.identifier.IdentifierScheme.ORGANIZATION_NUMBER;
import static com.routebook.domain.identifier.IdentifierScheme.OVT;
import static com.routebook.domain.identifier.IdentifierScheme.VAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.routebook.domain.Breach;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.Input;
import com.routebook.domain.Rule;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifierTest {

  static Violation refusal(IdentifierScheme scheme, String raw, String country) {
    ValidationException e =
        catchThrowableOfType(ValidationException.class, () -> Identifier.of(scheme, raw, country));
    assertThat(e).as("%s %s (%s) should be refused", scheme, raw, country).isNotNull();
    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_IDENTIFIER);
    assertThat(e.violations()).hasSize(1);
    return e.violations().get(0);
  }

  /** Refused with one violation, written {@code INPUT: RULE[arguments]} (see Violation). */
  static void refused(IdentifierScheme scheme, String raw, String country, String violation) {
    assertThat(refusal(scheme, raw, country)).hasToString(violation);
  }

  @ParameterizedTest(name = "{0} {1} in {2} is {3}")
  @CsvSource({
    "ORGANIZATION_NUMBER, 556036-0793, SE, 5560360793",
    "ORGANIZATION_NUMBER, 212000-0787, se, 2120000787",
    "ORGANIZATION_NUMBER, 974 760 673, NO, 974760673",
    "ORGANIZATION_NUMBER, 745707327, NO, 745707327",
    "ORGANIZATION_NUMBER, 0112038-9, FI, 01120389",
    "ORGANIZATION_NUMBER, 13585628, DK, 13585628",
    "ORGANIZATION_NUMBER, 0403.019.261, BE, 0403019261",
    "ORGANIZATION_NUMBER, 0899965307, BE, 0899965307",
    "ORGANIZATION_NUMBER, hrb-12345, DE, HRB12345",
    "ORGANIZATION_NUMBER, 12345678901234567890123456789012345, , 12345678901234567890123456789012345",
    "GLN, 7350012345679, , 7350012345679",
    "GLN, 1548079098355, , 1548079098355",
    "GLN, 0000000000000, , 0000000000000",
    "OVT, 003701120389, , 003701120389",
    "OVT, 0037 0112038 9 ab123, , 00370112038 9AB123",
    "IBAN, gb82 west 1234 5698 7654 32, , GB82WEST12345698765432",
    "IBAN, DE89 3704 0044 0532 0130 00, , DE89370400440532013000",
    "IBAN, SE45 5000 0000 0583 9825 7466, , SE4550000000058398257466",
    "IBAN, NO93 8601 1117 947, , NO9386011117947",
    "IBAN, BE68539007547034, , BE68539007547034",
    "IBAN, CH9300762011623852957, , CH9300762011623852957",
    "IBAN, FR14 2004 1010 0505 0001 3M02 606, , FR1420041010050500013M02606",
    "IBAN, NL91ABNA0417164300, , NL91ABNA0417164300",
    "E_ADDRESS, 0007:5560360793, , 0007:5560360793",
    "E_ADDRESS, 9906:it06363391001, , 9906:IT06363391001",
  })
  void a_valid_identifier_is_accepted_in_normalized_form(
      IdentifierScheme scheme, String raw, String country, String normalized) {
    Identifier identifier = Identifier.of(scheme, raw, country);
    String expected = normalized.replace(" ", "");
    assertThat(identifier.value()).isEqualTo(expected);
    assertThat(identifier.scheme()).isEqualTo(scheme);
    assertThat(identifier).hasToString(scheme + ":" + expected);
  }

  @ParameterizedTest(name = "{0} {1} in {2}: {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ORGANIZATION_NUMBER | 556036-0794 | SE | ORGANIZATION_NUMBER: IDENTIFIER_INVALID[SE, 556036-0794, CHECK_DIGIT[3]]",
        "ORGANIZATION_NUMBER | 556036-079 | SE | ORGANIZATION_NUMBER: IDENTIFIER_INVALID[SE, 556036-079, DIGITS[10]]",
        "ORGANIZATION_NUMBER | 55603607930 | SE | ORGANIZATION_NUMBER: IDENTIFIER_INVALID[SE, 55603607930, DIGITS[10]]",
        "ORGANIZATION_NUMBER | 556036079A | SE | ORGANIZATION_NUMBER: IDENTIFIER_INVALID[SE, 556036079A, DIGITS[10]]",
        "ORGANIZATION_NUMBER | 974760672 | NO | ORGANIZATION_NUMBER: IDENTIFIER_INVALID[NO, 974760672, CHECK_DIGIT[3]]",
        "ORGANIZATION_NUMBER | 97476067 | NO | ORGANIZATION_NUMBER: IDENTIFIER_INVALID[NO, 97476067, DIGITS[9]]",
        "ORGANIZATION_NUMBER | 400000000 | NO | ORGANIZATION_NUMBER: IDENTIFIER_INVALID[NO, 400000000, NO_CHECK_DIGIT]",
        "ORGANIZATION_NUMBER | 0112038-8 | FI | ORGANIZATION_NUMBER: IDENTIFIER_INVALID[FI, 0112038-8, CHECK_DIGIT[9]]",
        "ORGANIZATION_NUMBER | 112038-9 | FI | ORGANIZATION_NUMBER: IDENTIFIER_INVALID[FI, 112038-9, FINNISH_BUSINESS_ID_SHAPE]",
        "ORGANIZATION_NUMBER | 8000000-1 | FI | ORGANIZATION_NUMBER: IDENTIFIER_INVALID[FI, 8000000-1, NO_CHECK_DIGIT]",
        "ORGANIZATION_NUMBER | 13585627 | DK | ORGANIZATION_NUMBER: IDENTIFIER_INVALID[DK, 13585627, CHECK_DIGIT[8]]",
        "ORGANIZATION_NUMBER | 1358562 | DK | ORGANIZATION_NUMBER: IDENTIFIER_INVALID[DK, 1358562, DIGITS[8]]",
        "ORGANIZATION_NUMBER | 60000000 | DK | ORGANIZATION_NUMBER: IDENTIFIER_INVALID[DK, 60000000, NO_CHECK_DIGIT]",
        "ORGANIZATION_NUMBER | 0403.019.262 | BE | ORGANIZATION_NUMBER: IDENTIFIER_INVALID[BE, 0403.019.262, CHECK_DIGITS[61]]",
        "ORGANIZATION_NUMBER | 2403019261 | BE | ORGANIZATION_NUMBER: IDENTIFIER_INVALID[BE, 2403019261, BELGIAN_NUMBER_SHAPE]",
        "ORGANIZATION_NUMBER | 403019261 | BE | ORGANIZATION_NUMBER: IDENTIFIER_INVALID[BE, 403019261, BELGIAN_NUMBER_SHAPE]",
        "ORGANIZATION_NUMBER | HRB_12345 | DE | ORGANIZATION_NUMBER: IDENTIFIER_INVALID[ORGANIZATION_NUMBER, HRB_12345, LETTERS_AND_DIGITS]",
        "ORGANIZATION_NUMBER | 123456789012345678901234567890123456 |  | ORGANIZATION_NUMBER: IDENTIFIER_INVALID[ORGANIZATION_NUMBER, 123456789012345678901234567890123456, LETTERS_AND_DIGITS]",
        "ORGANIZATION_NUMBER | 5560360793 | SWE | COUNTRY_CODE: COUNTRY_CODE_SHAPE[SWE, ORGANIZATION_NUMBER]",
        "GLN | 7350012345670 |  | GLN: IDENTIFIER_INVALID[GLN, 7350012345670, CHECK_DIGIT[9]]",
        "GLN | 735001234567 |  | GLN: IDENTIFIER_INVALID[GLN, 735001234567, DIGITS[13]]",
        "GLN | 73500123456790 |  | GLN: IDENTIFIER_INVALID[GLN, 73500123456790, DIGITS[13]]",
        "GLN | 735001234567X |  | GLN: IDENTIFIER_INVALID[GLN, 735001234567X, DIGITS[13]]",
        "OVT | 003701120388 |  | OVT: IDENTIFIER_INVALID[OVT, 003701120388, BUSINESS_ID[CHECK_DIGIT[9]]]",
        "OVT | 00370112038 |  | OVT: IDENTIFIER_INVALID[OVT, 00370112038, OVT_SHAPE]",
        "OVT | 003801120389 |  | OVT: IDENTIFIER_INVALID[OVT, 003801120389, OVT_SHAPE]",
        "OVT | 003701120389123456 |  | OVT: IDENTIFIER_INVALID[OVT, 003701120389123456, OVT_SHAPE]",
        "IBAN | GB83WEST12345698765432 |  | IBAN: IDENTIFIER_INVALID[IBAN, GB83WEST12345698765432, CHECK_DIGITS[82]]",
        "IBAN | GB82WEST1234569876543 |  | IBAN: IDENTIFIER_INVALID[IBAN, GB82WEST1234569876543, IBAN_LENGTH[22, GB, 21]]",
        "IBAN | US82WEST12345698765432 |  | IBAN: IDENTIFIER_INVALID[IBAN, US82WEST12345698765432, IBAN_COUNTRY[US]]",
        "IBAN | GBX2WEST12345698765432 |  | IBAN: IDENTIFIER_INVALID[IBAN, GBX2WEST12345698765432, IBAN_SHAPE]",
        "IBAN | GB82 |  | IBAN: IDENTIFIER_INVALID[IBAN, GB82, IBAN_SHAPE]",
        "IBAN | DE02370400440532013000 |  | IBAN: IDENTIFIER_INVALID[IBAN, DE02370400440532013000, CHECK_DIGITS[89]]",
        "VAT | SE556036079401 |  | VAT_NUMBER: IDENTIFIER_INVALID[VAT, SE556036079401, CHECK_DIGIT[3]]",
      })
  void an_invalid_identifier_is_refused_saying_why(
      IdentifierScheme scheme, String raw, String country, String violation) {
    refused(scheme, raw, country, violation);
  }

  @Test
  void a_missing_value_is_refused_as_required() {
    assertThat(refusal(GLN, null, null))
        .isEqualTo(Violation.of(Input.GLN, Rule.IDENTIFIER_REQUIRED, GLN));
    assertThat(refusal(VAT, "  ", "SE"))
        .isEqualTo(Violation.of(Input.VAT_NUMBER, Rule.IDENTIFIER_REQUIRED, VAT));
  }

  @Test
  void an_organization_number_without_a_country_needs_only_letters_and_digits() {
    assertThat(Identifier.of(ORGANIZATION_NUMBER, "ab-12", null).value()).isEqualTo("AB12");
    refused(
        ORGANIZATION_NUMBER,
        "ab/12",
        null,
        "ORGANIZATION_NUMBER: IDENTIFIER_INVALID[ORGANIZATION_NUMBER, ab/12, LETTERS_AND_DIGITS]");
  }

  @Test
  void a_country_code_is_checked_only_when_given() {
    assertThat(refusal(GLN, "7350012345679", "1X").input()).isEqualTo(Input.COUNTRY_CODE);
    assertThat(Identifier.of(GLN, "7350012345679", " se ").value()).isEqualTo("7350012345679");
  }

  @Test
  void a_vat_number_without_prefix_takes_the_prefix_of_the_country() {
    assertThat(Identifier.of(VAT, "5560360793 01", "SE").value()).isEqualTo("SE556036079301");
    assertThat(Identifier.of(VAT, "094259216", "GR").value()).isEqualTo("EL094259216");
    assertThat(Identifier.of(VAT, "SE556036079301", "NO").value()).isEqualTo("SE556036079301");
    refused(
        VAT,
        "5560360793 01",
        null,
        "VAT_NUMBER: IDENTIFIER_INVALID[VAT, 5560360793 01, VAT_PREFIX_UNKNOWN[55]]");
  }

  @Test
  void the_e_address_identifier_is_its_key_and_its_errors_name_the_e_address() {
    assertThat(Identifier.of(E_ADDRESS, " 0216:003701120389abc ", null).value())
        .isEqualTo("0216:003701120389ABC");
    Violation violation = refusal(E_ADDRESS, "0007:5560360794", null);
    assertThat(violation)
        .isEqualTo(
            Violation.of(
                Input.E_ADDRESS,
                Rule.IDENTIFIER_INVALID,
                E_ADDRESS,
                "0007:5560360794",
                Breach.of(Rule.CHECK_DIGIT, 3)));
  }

  @Test
  void normalizing_removes_spaces_dots_and_dashes_and_upper_cases_letters() {
    assertThat(Identifier.normalize(ORGANIZATION_NUMBER, "556036-0793")).isEqualTo("5560360793");
    assertThat(Identifier.normalize(VAT, " se 5560.3607-9301\t")).isEqualTo("SE556036079301");
    assertThat(Identifier.normalize(IBAN, "gb82 west")).isEqualTo("GB82WEST");
    assertThat(Identifier.normalize(GLN, "not valid at all")).isEqualTo("NOTVALIDATALL");
    assertThat(Identifier.normalize(E_ADDRESS, " 0204:991-12 ab ")).isEqualTo("0204:991-12AB");
    assertThat(Identifier.normalize(E_ADDRESS, "iso6523-actorid-upis::0007:x")).isEqualTo("0007:X");
    assertThatNullPointerException().isThrownBy(() -> Identifier.normalize(GLN, null));
    assertThatNullPointerException().isThrownBy(() -> Identifier.normalize(null, "1"));
    assertThatNullPointerException().isThrownBy(() -> Identifier.of(null, "1", null));
  }

  @Test
  void an_identifier_can_be_rebuilt_from_its_normalized_value_only() {
    assertThat(new Identifier(GLN, "7350012345679").value()).isEqualTo("7350012345679");
    assertThat(new Identifier(OVT, "003701120389"))
        .isEqualTo(Identifier.of(OVT, "0037-0112-0389", null));
    ValidationException notNormalized =
        catchThrowableOfType(
            ValidationException.class, () -> new Identifier(VAT, "se556036079301"));
    assertThat(notNormalized.violations())
        .containsExactly(
            Violation.of(Input.VAT_NUMBER, Rule.IDENTIFIER_NOT_NORMALIZED, VAT, "se556036079301"));
    assertThat(catchThrowableOfType(ValidationException.class, () -> new Identifier(GLN, "")))
        .isNotNull();
    assertThat(catchThrowableOfType(ValidationException.class, () -> new Identifier(GLN, null)))
        .isNotNull();
    assertThatNullPointerException().isThrownBy(() -> new Identifier(null, "1"));
  }

  @Test
  void a_stored_identifier_is_trusted_as_it_was_stored() {
    Identifier stored = Identifier.stored(GLN, "735-001 old");

    assertThat(stored.scheme()).isEqualTo(GLN);
    assertThat(stored.value()).isEqualTo("735-001 old");
    assertThat(stored).hasToString("GLN:735-001 old");
    assertThat(
            catchThrowableOfType(
                ValidationException.class, () -> new Identifier(GLN, "735-001 old")))
        .isNotNull();
    assertThatNullPointerException().isThrownBy(() -> Identifier.stored(null, "1"));
    assertThatNullPointerException().isThrownBy(() -> Identifier.stored(GLN, null));
  }

  @Test
  void identifiers_are_equal_by_scheme_and_value_however_they_were_made() {
    Identifier given = Identifier.of(GLN, "735 0012 345679", null);
    Identifier stored = Identifier.stored(GLN, "7350012345679");

    assertThat(stored).isEqualTo(given).hasSameHashCodeAs(given);
    assertThat(stored)
        .isNotEqualTo(Identifier.stored(ORGANIZATION_NUMBER, "7350012345679"))
        .isNotEqualTo(Identifier.stored(GLN, "7350012345686"))
        .isNotEqualTo("gln:7350012345679")
        .isNotEqualTo(null);
    assertThat(stored.hashCode())
        .isNotEqualTo(Identifier.stored(ORGANIZATION_NUMBER, "7350012345679").hashCode())
        .isNotEqualTo(Identifier.stored(GLN, "7350012345686").hashCode());
  }

  @Test
  void schemes_name_the_input_that_holds_them() {
    assertThat(ORGANIZATION_NUMBER.input()).isEqualTo(Input.ORGANIZATION_NUMBER);
    assertThat(VAT.input()).isEqualTo(Input.VAT_NUMBER);
    assertThat(GLN.input()).isEqualTo(Input.GLN);
    assertThat(OVT.input()).isEqualTo(Input.OVT);
    assertThat(IBAN.input()).isEqualTo(Input.IBAN);
    assertThat(E_ADDRESS.input()).isEqualTo(Input.E_ADDRESS);
  }

  @Test
  void an_organization_number_is_named_by_the_national_rule_that_checked_it() {
    assertThat(refusal(ORGANIZATION_NUMBER, "1", "SE").breach().arguments())
        .startsWith(OrganizationNumberRule.SE);
    assertThat(refusal(ORGANIZATION_NUMBER, "1", "NO").breach().arguments())
        .startsWith(OrganizationNumberRule.NO);
    assertThat(refusal(ORGANIZATION_NUMBER, "1", "FI").breach().arguments())
        .startsWith(OrganizationNumberRule.FI);
    assertThat(refusal(ORGANIZATION_NUMBER, "1", "DK").breach().arguments())
        .startsWith(OrganizationNumberRule.DK);
    assertThat(refusal(ORGANIZATION_NUMBER, "1", "BE").breach().arguments())
        .startsWith(OrganizationNumberRule.BE);
    assertThat(refusal(ORGANIZATION_NUMBER, "1/", "DE").breach().arguments())
        .startsWith(ORGANIZATION_NUMBER);
  }
}
