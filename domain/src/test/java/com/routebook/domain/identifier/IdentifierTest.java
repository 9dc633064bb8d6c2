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
    assertThat(e.code()).isEqualTo("INVALID_IDENTIFIER");
    assertThat(e.violations()).hasSize(1);
    return e.violations().get(0);
  }

  static void refused(IdentifierScheme scheme, String raw, String country, String message) {
    Violation violation = refusal(scheme, raw, country);
    assertThat(violation.field())
        .isEqualTo(
            country != null && !country.matches("(?i)[a-z]{2}") ? "countryCode" : scheme.field());
    assertThat(violation.message()).isEqualTo(message);
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
    assertThat(identifier).hasToString(scheme.field() + ":" + expected);
  }

  @ParameterizedTest(name = "{0} {1} in {2}: {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ORGANIZATION_NUMBER | 556036-0794 | SE | Swedish organization number 556036-0794: check digit should be 3",
        "ORGANIZATION_NUMBER | 556036-079 | SE | Swedish organization number 556036-079: should have 10 digits",
        "ORGANIZATION_NUMBER | 55603607930 | SE | Swedish organization number 55603607930: should have 10 digits",
        "ORGANIZATION_NUMBER | 556036079A | SE | Swedish organization number 556036079A: should have 10 digits",
        "ORGANIZATION_NUMBER | 974760672 | NO | Norwegian organization number 974760672: check digit should be 3",
        "ORGANIZATION_NUMBER | 97476067 | NO | Norwegian organization number 97476067: should have 9 digits",
        "ORGANIZATION_NUMBER | 400000000 | NO | Norwegian organization number 400000000: cannot be valid: no check digit exists for these digits",
        "ORGANIZATION_NUMBER | 0112038-8 | FI | Finnish business id 0112038-8: check digit should be 9",
        "ORGANIZATION_NUMBER | 112038-9 | FI | Finnish business id 112038-9: should have the form NNNNNNN-C (7 digits, a dash and a check digit)",
        "ORGANIZATION_NUMBER | 8000000-1 | FI | Finnish business id 8000000-1: cannot be valid: no check digit exists for these digits",
        "ORGANIZATION_NUMBER | 13585627 | DK | Danish CVR number 13585627: check digit should be 8",
        "ORGANIZATION_NUMBER | 1358562 | DK | Danish CVR number 1358562: should have 8 digits",
        "ORGANIZATION_NUMBER | 60000000 | DK | Danish CVR number 60000000: cannot be valid: no check digit exists for these digits",
        "ORGANIZATION_NUMBER | 0403.019.262 | BE | Belgian enterprise number 0403.019.262: check digits should be 61",
        "ORGANIZATION_NUMBER | 2403019261 | BE | Belgian enterprise number 2403019261: should have 10 digits starting with 0 or 1",
        "ORGANIZATION_NUMBER | 403019261 | BE | Belgian enterprise number 403019261: should have 10 digits starting with 0 or 1",
        "ORGANIZATION_NUMBER | HRB_12345 | DE | Organization number HRB_12345: should have 1 to 35 letters and digits only",
        "ORGANIZATION_NUMBER | 123456789012345678901234567890123456 | | Organization number 123456789012345678901234567890123456: should have 1 to 35 letters and digits only",
        "ORGANIZATION_NUMBER | 5560360793 | SWE | Country code SWE: should be two letters (ISO 3166 alpha-2), checking the Organization number",
        "GLN | 7350012345670 | | GLN 7350012345670: check digit should be 9",
        "GLN | 735001234567 | | GLN 735001234567: should have 13 digits",
        "GLN | 73500123456790 | | GLN 73500123456790: should have 13 digits",
        "GLN | 735001234567X | | GLN 735001234567X: should have 13 digits",
        "OVT | 003701120388 | | OVT 003701120388: business id check digit should be 9",
        "OVT | 00370112038 | | OVT 00370112038: should be 0037, the 8-digit business id and up to 5 letters or digits",
        "OVT | 003801120389 | | OVT 003801120389: should be 0037, the 8-digit business id and up to 5 letters or digits",
        "OVT | 003701120389123456 | | OVT 003701120389123456: should be 0037, the 8-digit business id and up to 5 letters or digits",
        "IBAN | GB83WEST12345698765432 | | IBAN GB83WEST12345698765432: check digits should be 82",
        "IBAN | GB82WEST1234569876543 | | IBAN GB82WEST1234569876543: should have 22 characters for GB, not 21",
        "IBAN | US82WEST12345698765432 | | IBAN US82WEST12345698765432: US is not a country that uses IBAN",
        "IBAN | GBX2WEST12345698765432 | | IBAN GBX2WEST12345698765432: should be a country code, 2 check digits and the account number (letters and digits)",
        "IBAN | GB82 | | IBAN GB82: should be a country code, 2 check digits and the account number (letters and digits)",
        "IBAN | DE02370400440532013000 | | IBAN DE02370400440532013000: check digits should be 89",
        "VAT | SE556036079401 | | VAT number SE556036079401: check digit should be 3",
      })
  void an_invalid_identifier_is_refused_saying_why(
      IdentifierScheme scheme, String raw, String country, String message) {
    refused(scheme, raw, country, message);
  }

  @Test
  void a_missing_value_is_refused_as_required() {
    refused(GLN, null, null, "GLN is required");
    refused(VAT, "  ", "SE", "VAT number is required");
  }

  @Test
  void an_organization_number_without_a_country_needs_only_letters_and_digits() {
    assertThat(Identifier.of(ORGANIZATION_NUMBER, "ab-12", null).value()).isEqualTo("AB12");
    refused(
        ORGANIZATION_NUMBER,
        "ab/12",
        null,
        "Organization number ab/12: should have 1 to 35 letters and digits only");
  }

  @Test
  void a_country_code_is_checked_only_when_given() {
    assertThat(refusal(GLN, "7350012345679", "1X").field()).isEqualTo("countryCode");
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
        "VAT number 5560360793 01: should start with a known country prefix, e.g. SE (not 55)");
  }

  @Test
  void the_e_address_identifier_is_its_key_and_its_errors_name_the_e_address_field() {
    assertThat(Identifier.of(E_ADDRESS, " 0216:003701120389abc ", null).value())
        .isEqualTo("0216:003701120389ABC");
    Violation violation = refusal(E_ADDRESS, "0007:5560360794", null);
    assertThat(violation.field()).isEqualTo("eAddress");
    assertThat(violation.message()).isEqualTo("E-address 0007:5560360794: check digit should be 3");
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
            new Violation("vatNumber", "VAT number se556036079301: is not in normalized form"));
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
    assertThat(stored).hasToString("gln:735-001 old");
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
  void schemes_know_their_api_field_and_label() {
    assertThat(IdentifierScheme.ofField("organizationNumber")).contains(ORGANIZATION_NUMBER);
    assertThat(IdentifierScheme.ofField("vatNumber")).contains(VAT);
    assertThat(IdentifierScheme.ofField("gln")).contains(GLN);
    assertThat(IdentifierScheme.ofField("ovt")).contains(OVT);
    assertThat(IdentifierScheme.ofField("iban")).contains(IBAN);
    assertThat(IdentifierScheme.ofField("eAddress")).contains(E_ADDRESS);
    assertThat(IdentifierScheme.ofField("name")).isEmpty();
    assertThat(E_ADDRESS.label()).isEqualTo("E-address");
  }
}
