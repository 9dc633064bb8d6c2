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
        "ATU13585628 | check digit should be 7",
        "AT13585627 | should be AT followed by U and 8 digits",
        "BE0403019262 | check digits should be 61",
        "BE2403019261 | should be BE followed by 10 digits starting with 0 or 1",
        "BG12345678 | should be BG followed by 9 or 10 digits",
        "CY123456789 | should be CY followed by 8 digits and a letter",
        "CZ1234567 | should be CZ followed by 8 to 10 digits",
        "DE136695977 | check digit should be 6",
        "DE13669597 | should be DE followed by 9 digits",
        "DK13585627 | check digit should be 8",
        "DK1358562 | should be DK followed by 8 digits",
        "EE12345678 | should be EE followed by 9 digits",
        "EL09425921 | should be EL followed by 9 digits",
        "GR094259216 | Greek VAT numbers start with EL, not GR",
        "ES123456789 | should be ES followed by 9 characters, e.g. B12345678",
        "FI01120388 | check digit should be 9",
        "FI0112038 | should be FI followed by 8 digits",
        "FR41303265045 | key should be 40",
        "FRI7399859412 | should be FR followed by a 2-character key and 9 digits",
        "HR1234567890 | should be HR followed by 11 digits",
        "HU1234567 | should be HU followed by 8 digits",
        "IE6388047X | should be IE followed by 8 or 9 characters",
        "IT00743110158 | check digit should be 7",
        "IT0074311015 | should be IT followed by 11 digits",
        "LT1234567890 | should be LT followed by 9 or 12 digits",
        "LU1234567 | should be LU followed by 8 digits",
        "LV1234567890 | should be LV followed by 11 digits",
        "MT1234567 | should be MT followed by 8 digits",
        "NL004495446B01 | check digit should be 5",
        "NL600000000B01 | cannot be valid: no check digit exists for these digits",
        "NL004495445B1 | should be NL followed by 9 digits, B and 2 digits",
        "PL8567346216 | check digit should be 5",
        "PL9000000000 | cannot be valid: no check digit exists for these digits",
        "PL856734621 | should be PL followed by 10 digits",
        "PT12345678 | should be PT followed by 9 digits",
        "RO01234567 | should be RO followed by 2 to 10 digits",
        "SE556036079302 | should be SE followed by 10 digits and 01",
        "SE556036079401 | check digit should be 3",
        "SI01234567 | should be SI followed by 8 digits",
        "SK0123456789 | should be SK followed by 10 digits",
        "NO974760673 | should be NO followed by 9 digits and MVA",
        "NO974760672MVA | check digit should be 3",
        "GB12345678 | should be GB followed by 9 or 12 digits",
        "XI12345678 | should be XI followed by 9 or 12 digits",
        "CHE116281711 | check digit should be 0",
        "CHE900000000 | cannot be valid: no check digit exists for these digits",
        "CHE116281710VAT | should be CH followed by E, 9 digits and MWST, TVA or IVA",
        "US123456789 | should start with a known country prefix, e.g. SE (not US)",
        "S | should start with a country prefix, e.g. SE",
        "SE | should be SE followed by 10 digits and 01",
      })
  void a_vat_number_breaking_its_country_rule_is_refused_saying_why(String vat, String why) {
    IdentifierTest.refused(VAT, vat, null, "VAT number " + vat + ": " + why);
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
