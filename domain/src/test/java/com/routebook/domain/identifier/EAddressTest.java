package com.routebook.domain.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EAddressTest {

  static String refusal(String text) {
    ValidationException e =
        catchThrowableOfType(ValidationException.class, () -> EAddress.parse(text));
    assertThat(e).as("%s should be refused", text).isNotNull();
    assertThat(e.code()).isEqualTo("INVALID_IDENTIFIER");
    assertThat(e.violations()).extracting(Violation::field).containsExactly("eAddress");
    return e.getMessage();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "0002:784301772",
    "0002:78430177200025",
    "0007:5560360793",
    "0009:78430177200025",
    "0060:812810734",
    "0088:7350012345679",
    "0096:1234567890",
    "0130:anything-goes",
    "0183:CHE116281710",
    "0183:116281710",
    "0184:13585628",
    "0192:974760673",
    "0198:DK13585628",
    "0199:5493001KJTIIGC8Y1R12",
    "0208:0403019261",
    "0211:IT00743110157",
    "0212:0112038-9",
    "0216:003701120389",
    "0216:003701120389ABCDE",
    "0204:991-12345-67",
    "9902:13585628",
    "9904:DK13585628",
    "9906:IT06363391001",
    "9908:974760673",
    "9909:990399123MVA",
    "9909:NO990399123MVA",
    "9912:SE556036079301",
    "9914:ATU13585627",
    "9918:SE4550000000058398257466",
    "9925:BE0403019261",
    "9930:136695976",
    "9933:EL094259216",
    "9933:094259216",
    "9944:nl004495445b01",
    "9955:SE556036079301",
    "9956:0899965307",
    "9922:AD-123 whatever",
  })
  void an_address_valid_by_its_scheme_is_accepted(String text) {
    EAddress address = EAddress.parse(text.replace(" whatever", ""));
    assertThat(address.toString()).isEqualTo(text.replace(" whatever", ""));
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
  void an_address_breaking_its_scheme_rule_is_refused_saying_why(String text, String why) {
    assertThat(refusal(text)).isEqualTo("E-address " + text + ": " + why);
  }

  @Test
  void syntax_and_unknown_schemes_are_refused() {
    assertThat(refusal(null)).isEqualTo("E-address is required");
    assertThat(refusal(" ")).isEqualTo("E-address is required");
    assertThat(refusal("5560360793"))
        .isEqualTo("E-address 5560360793: should be ICD:value, e.g. 0007:5560360793");
    assertThat(refusal("007:5560360793"))
        .isEqualTo("E-address 007:5560360793: should be ICD:value, e.g. 0007:5560360793");
    assertThat(refusal("abcd:5560360793"))
        .isEqualTo("E-address abcd:5560360793: should be ICD:value, e.g. 0007:5560360793");
    assertThat(refusal("0007:"))
        .isEqualTo("E-address 0007:: the value should have 1 to 130 characters and no spaces");
    assertThat(refusal("0130:a b"))
        .isEqualTo("E-address 0130:a b: the value should have 1 to 130 characters and no spaces");
    assertThat(refusal("0130:" + "x".repeat(131))).endsWith("1 to 130 characters and no spaces");
    assertThat(EAddress.parse("0130:" + "x".repeat(130)).value()).hasSize(130);
    assertThat(refusal("9999:123"))
        .isEqualTo(
            "E-address 9999:123: 9999 is not a scheme of the Peppol participant identifier list");
  }

  @Test
  void constructing_an_address_checks_it_like_parsing() {
    assertThat(catchThrowableOfType(ValidationException.class, () -> new EAddress(null, "1")))
        .hasMessage("E-address null:1: should be ICD:value, e.g. 0007:5560360793");
    assertThat(catchThrowableOfType(ValidationException.class, () -> new EAddress("0007", null)))
        .isNotNull();
    assertThat(new EAddress("0007", "5560360793")).isEqualTo(EAddress.parse("0007:5560360793"));
  }

  @Test
  void the_peppol_scheme_prefix_and_surrounding_spaces_are_ignored() {
    assertThat(EAddress.parse(" iso6523-actorid-upis::0007:5560360793 ").toString())
        .isEqualTo("0007:5560360793");
    assertThat(EAddress.parse("ISO6523-ACTORID-UPIS::0007:5560360793").icd()).isEqualTo("0007");
  }

  @Test
  void the_value_is_everything_after_the_first_colon() {
    EAddress address = EAddress.parse("0130:a:b");
    assertThat(address.icd()).isEqualTo("0130");
    assertThat(address.value()).isEqualTo("a:b");
  }

  @Test
  void values_compare_case_insensitively() {
    EAddress lower = EAddress.parse("9944:nl004495445b01");
    EAddress upper = EAddress.parse("9944:NL004495445B01");
    assertThat(lower).isEqualTo(upper).hasSameHashCodeAs(upper);
    assertThat(lower.key()).isEqualTo("9944:NL004495445B01");
    assertThat(lower).hasToString("9944:nl004495445b01");
    assertThat(lower).isNotEqualTo(EAddress.parse("9944:NL004495445B01".replace("9944", "9912")));
    assertThat(lower).isNotEqualTo("9944:NL004495445B01");
    assertThat(lower.hashCode()).isEqualTo("9944:NL004495445B01".hashCode());
  }

  @Test
  void deprecated_and_removed_schemes_are_accepted_with_a_warning() {
    assertThat(EAddress.parse("0037:003701120389").warnings())
        .containsExactly("scheme 0037 (FI:OVT) is removed; use 0216");
    assertThat(EAddress.parse("0037:0112038-900001").warnings()).hasSize(1);
    assertThat(EAddress.parse("0193:abcd").warnings())
        .containsExactly("scheme 0193 (UBLBE) is deprecated; use 0208");
    assertThat(EAddress.parse("9912:SE556036079301").warnings())
        .containsExactly("scheme 9912 (EU:VAT) is deprecated");
    assertThat(EAddress.parse("9908:974760673").warnings())
        .containsExactly("scheme 9908 (NO:ORGNR) is removed; use 0192");
    assertThat(EAddress.parse("0007:5560360793").warnings()).isEmpty();
  }

  @Test
  void an_address_knows_its_scheme() {
    assertThat(EAddress.parse("0007:5560360793").scheme().orElseThrow().schemeId())
        .isEqualTo("SE:ORGNR");
  }

  @Test
  void a_stored_address_is_trusted_even_when_its_scheme_left_the_list() {
    assertThatThrownBy(() -> EAddress.parse("9999:5560360793"))
        .isInstanceOf(ValidationException.class);

    EAddress stored = EAddress.stored("9999:abc:def");

    assertThat(stored.icd()).isEqualTo("9999");
    assertThat(stored.value()).isEqualTo("abc:def");
    assertThat(stored).hasToString("9999:abc:def");
    assertThat(stored.key()).isEqualTo("9999:ABC:DEF");
    assertThat(stored.scheme()).isEmpty();
    assertThat(stored.warnings())
        .containsExactly("scheme 9999 is no longer in the Peppol participant identifier list");
    assertThat(EAddress.stored("0007:5560360793")).isEqualTo(EAddress.parse("0007:5560360793"));
    assertThatThrownBy(() -> EAddress.stored("no-colon"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-colon");
    assertThatThrownBy(() -> EAddress.stored(":no-icd"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(":no-icd");
  }
}
