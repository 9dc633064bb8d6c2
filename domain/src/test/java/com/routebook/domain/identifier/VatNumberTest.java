package com.routebook.domain.identifier;

import static com.routebook.domain.identifier.IdentifierScheme.VAT;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VatNumberTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "ATU13585627",
    "BE0403019261",
    "BE1000000021",
    "BG123456789",
    "BG1234567890",
    "CY12345678L",
    "CZ12345678",
    "CZ1234567890",
    "DE136695976",
    "DK13585628",
    "EE123456789",
    "EL094259216",
    "ESB12345678",
    "ES12345678Z",
    "FI01120389",
    "FR40303265045",
    "FRK7399859412",
    "HR12345678901",
    "HU12345678",
    "IE6388047V",
    "IE1234567FA",
    "IE8Z49289F",
    "IT00743110157",
    "LT123456789",
    "LT123456789012",
    "LU12345678",
    "LV12345678901",
    "MT12345678",
    "NL004495445B01",
    "NL100000000B23",
    "PL8567346215",
    "PT123456789",
    "RO18547290",
    "RO12",
    "SE556036079301",
    "SI12345678",
    "SK1234567890",
    "NO974760673MVA",
    "GB980780684",
    "GB123456789012",
    "GBGD123",
    "GBHA567",
    "XI980780684",
    "CHE116281710",
    "CHE116281710MWST",
    "CHE116281710TVA",
    "CHE116281710IVA",
  })
  void a_vat_number_in_its_country_format_with_a_valid_check_digit_is_accepted(String vat) {
    assertThat(Identifier.of(VAT, vat, null).value()).isEqualTo(vat);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ATU13585628 | CHECK_DIGIT[7]",
        "AT13585627 | VAT_SHAPE[AT, U_AND_8_DIGITS]",
        "BE0403019262 | CHECK_DIGITS[61]",
        "BE2403019261 | VAT_SHAPE[BE, DIGITS_10_FROM_0_OR_1]",
        "BG12345678 | VAT_SHAPE[BG, DIGITS_9_OR_10]",
        "CY123456789 | VAT_SHAPE[CY, DIGITS_8_AND_LETTER]",
        "CZ1234567 | VAT_SHAPE[CZ, DIGITS_8_TO_10]",
        "DE136695977 | CHECK_DIGIT[6]",
        "DE13669597 | VAT_SHAPE[DE, DIGITS_9]",
        "DK13585627 | CHECK_DIGIT[8]",
        "DK1358562 | VAT_SHAPE[DK, DIGITS_8]",
        "EE12345678 | VAT_SHAPE[EE, DIGITS_9]",
        "EL09425921 | VAT_SHAPE[EL, DIGITS_9]",
        "GR094259216 | VAT_PREFIX_GREEK",
        "ES123456789 | VAT_SHAPE[ES, CHARACTERS_9]",
        "FI01120388 | CHECK_DIGIT[9]",
        "FI0112038 | VAT_SHAPE[FI, DIGITS_8]",
        "FR41303265045 | VAT_KEY[40]",
        "FRI7399859412 | VAT_SHAPE[FR, KEY_AND_9_DIGITS]",
        "HR1234567890 | VAT_SHAPE[HR, DIGITS_11]",
        "HU1234567 | VAT_SHAPE[HU, DIGITS_8]",
        "IE6388047X | VAT_SHAPE[IE, CHARACTERS_8_OR_9]",
        "IT00743110158 | CHECK_DIGIT[7]",
        "IT0074311015 | VAT_SHAPE[IT, DIGITS_11]",
        "LT1234567890 | VAT_SHAPE[LT, DIGITS_9_OR_12]",
        "LU1234567 | VAT_SHAPE[LU, DIGITS_8]",
        "LV1234567890 | VAT_SHAPE[LV, DIGITS_11]",
        "MT1234567 | VAT_SHAPE[MT, DIGITS_8]",
        "NL004495446B01 | CHECK_DIGIT[5]",
        "NL600000000B01 | NO_CHECK_DIGIT",
        "NL004495445B1 | VAT_SHAPE[NL, DIGITS_9_B_2_DIGITS]",
        "PL8567346216 | CHECK_DIGIT[5]",
        "PL9000000000 | NO_CHECK_DIGIT",
        "PL856734621 | VAT_SHAPE[PL, DIGITS_10]",
        "PT12345678 | VAT_SHAPE[PT, DIGITS_9]",
        "RO01234567 | VAT_SHAPE[RO, DIGITS_2_TO_10]",
        "SE556036079302 | VAT_SHAPE[SE, DIGITS_10_AND_01]",
        "SE556036079401 | CHECK_DIGIT[3]",
        "SI01234567 | VAT_SHAPE[SI, DIGITS_8]",
        "SK0123456789 | VAT_SHAPE[SK, DIGITS_10]",
        "NO974760673 | VAT_SHAPE[NO, DIGITS_9_AND_MVA]",
        "NO974760672MVA | CHECK_DIGIT[3]",
        "GB12345678 | VAT_SHAPE[GB, DIGITS_9_OR_12]",
        "XI12345678 | VAT_SHAPE[XI, DIGITS_9_OR_12]",
        "CHE116281711 | CHECK_DIGIT[0]",
        "CHE900000000 | NO_CHECK_DIGIT",
        "CHE116281710VAT | VAT_SHAPE[CH, SWISS]",
        "US123456789 | VAT_PREFIX_UNKNOWN[US]",
        "S | VAT_PREFIX_MISSING",
        "SE | VAT_SHAPE[SE, DIGITS_10_AND_01]",
      })
  void a_vat_number_breaking_its_country_rule_is_refused_saying_why(String vat, String why) {
    IdentifierTest.refused(
        VAT, vat, null, "VAT_NUMBER: IDENTIFIER_INVALID[VAT, " + vat.strip() + ", " + why + "]");
  }

  @Test
  void only_digits_are_digits() {
    assertThat(CheckDigits.isDigits("")).isFalse();
    assertThat(CheckDigits.isDigits("09")).isTrue();
    assertThat(CheckDigits.isDigits("0/")).isFalse();
    assertThat(CheckDigits.isDigits("0:")).isFalse();
  }

  @Test
  void greek_vat_numbers_take_the_el_prefix() {
    assertThat(VatNumbers.prefixOf("GR")).isEqualTo("EL");
    assertThat(VatNumbers.prefixOf("SE")).isEqualTo("SE");
  }
}
