package com.routebook.adapter.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.domain.DomainException;
import com.routebook.domain.ErrorTexts;
import com.routebook.domain.identifier.EAddress;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.identifier.IdentifierScheme;
import java.util.ResourceBundle;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The API's English: complete for the whole catalogue, and word for word what clients read before
 * the texts left the domain (the tables are those the domain's tests used to hold).
 */
class ApiTextsTest {

  @Test
  void the_bundle_has_every_text_of_the_catalogue_with_its_placeholders() {
    assertThat(ErrorTexts.gaps(ResourceBundle.getBundle(ApiTexts.BUNDLE))).isEmpty();
  }

  private static String detail(ThrowingCallable call) {
    Problem problem = Thrown.problem(call);
    assertThat(problem.errors()).hasSize(1);
    assertThat(problem.errors().get(0).message()).isEqualTo(problem.detail());
    return problem.detail();
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
  void an_invalid_identifier_reads_as_before(
      IdentifierScheme scheme, String raw, String country, String message) {
    assertThat(detail(() -> Identifier.of(scheme, raw, country))).isEqualTo(message);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0002:784301773 | check digit should be 2",
        "0002:78430177 | should match [0-9]{9}([0-9]{5})? (scheme 0002 (FR:SIRENE))",
        "0007:5560360794 | check digit should be 3",
        "0007:556036-0793 | should have 10 digits",
        "0060:81281073 | should match [0-9]{9} (scheme 0060 (DUNS))",
        "0088:7350012345670 | check digit should be 9",
        "0183:CHE116281711 | check digit should be 0",
        "0184:03585628 | should match [1-9][0-9]{7} (scheme 0184 (DK:DIGST))",
        "0184:13585627 | check digit should be 8",
        "0192:974760672 | check digit should be 3",
        "0198:13585628 | should start with a known country prefix, e.g. SE (not 13)",
        "0198:DK13585627 | check digit should be 8",
        "0199:5493001KJTIIGC8Y1R13 | check digits are wrong (ISO 7064 mod 97-10)",
        "0199:5493001KJTIIGC8Y1R1X | should have 18 letters or digits and 2 check digits",
        "0208:1403019261 | check digits should be 82",
        "0208:2403019261 | should match [01][0-9]{9} (scheme 0208 (BE:EN))",
        "0211:IT00743110158 | check digit should be 7",
        "0212:0112038-8 | check digit should be 9",
        "0216:003701120388 | business id check digit should be 9",
        "0037:003701120388 | check digit should be 9",
        "0037:x | should be 0037 (optional), the 8-digit business id and up to 5 letters or digits",
        "9909:990399122MVA | check digit should be 3",
        "9918:SE4550000000058398257467 | check digits should be 18",
        "9930:136695977 | check digit should be 6",
        "9933:GR094259216 | should be EL followed by 9 digits",
        "9956:1403019261 | should match 0[0-9]{9} (scheme 9956 (BE:CBE))",
      })
  void an_invalid_e_address_reads_as_before(String text, String why) {
    assertThat(detail(() -> EAddress.parse(text))).isEqualTo("E-address " + text + ": " + why);
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
  void an_invalid_vat_number_reads_as_before(String vat, String why) {
    assertThat(detail(() -> Identifier.of(IdentifierScheme.VAT, vat, null)))
        .isEqualTo("VAT number " + vat + ": " + why);
  }

  @Test
  void other_refusals_read_as_before() {
    assertThat(detail(() -> EAddress.parse(" "))).isEqualTo("E-address is required");
    assertThat(detail(() -> Identifier.of(IdentifierScheme.GLN, null, null)))
        .isEqualTo("GLN is required");
    assertThat(detail(() -> new EAddress(null, "1")))
        .isEqualTo("E-address null:1: should be ICD:value, e.g. 0007:5560360793");
    assertThat(detail(() -> com.routebook.domain.search.SearchPattern.parse(" ", true)))
        .isEqualTo("Enter something to search for");
    assertThat(detail(() -> new com.routebook.domain.customer.CustomerNumber("B".repeat(36))))
        .isEqualTo("customer number \"" + "B".repeat(36) + "\" is longer than 35 characters (36)");
  }

  @Test
  void the_detail_of_a_domain_error_is_the_text_of_its_code() {
    DomainException stale = com.routebook.domain.ConflictException.concurrentChange();
    assertThat(ApiTexts.ENGLISH.detail(stale)).isEqualTo("changed by someone else; reload");
  }
}
