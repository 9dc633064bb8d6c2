package com.routebook.domain.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.routebook.domain.Breach;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.Explanation;
import com.routebook.domain.ExplanationCode;
import com.routebook.domain.Input;
import com.routebook.domain.Rule;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EAddressTest {

  static Violation refusal(String text) {
    ValidationException e =
        catchThrowableOfType(ValidationException.class, () -> EAddress.parse(text));
    assertThat(e).as("%s should be refused", text).isNotNull();
    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_IDENTIFIER);
    assertThat(e.violations()).extracting(Violation::input).containsExactly(Input.E_ADDRESS);
    return e.violations().get(0);
  }

  /** The reason an address is invalid, written {@code RULE[arguments]}. */
  static String why(String text) {
    Violation violation = refusal(text);
    assertThat(violation.rule()).isEqualTo(Rule.IDENTIFIER_INVALID);
    assertThat(violation.breach().arguments()).startsWith(IdentifierScheme.E_ADDRESS, text.strip());
    return violation.breach().arguments().get(2).toString();
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
        "0002:784301773 | CHECK_DIGIT[2]",
        "0002:78430177 | SCHEME_PATTERN[[0-9]{9}([0-9]{5})?, 0002 (FR:SIRENE)]",
        "0007:5560360794 | CHECK_DIGIT[3]",
        "0007:556036-0793 | DIGITS[10]",
        "0060:81281073 | SCHEME_PATTERN[[0-9]{9}, 0060 (DUNS)]",
        "0088:7350012345670 | CHECK_DIGIT[9]",
        "0183:CHE116281711 | CHECK_DIGIT[0]",
        "0184:03585628 | SCHEME_PATTERN[[1-9][0-9]{7}, 0184 (DK:DIGST)]",
        "0184:13585627 | CHECK_DIGIT[8]",
        "0192:974760672 | CHECK_DIGIT[3]",
        "0198:13585628 | VAT_PREFIX_UNKNOWN[13]",
        "0198:DK13585627 | CHECK_DIGIT[8]",
        "0199:5493001KJTIIGC8Y1R13 | LEI_CHECK_DIGITS",
        "0199:5493001KJTIIGC8Y1R1X | LEI_SHAPE",
        "0208:1403019261 | CHECK_DIGITS[82]",
        "0208:2403019261 | SCHEME_PATTERN[[01][0-9]{9}, 0208 (BE:EN)]",
        "0211:IT00743110158 | CHECK_DIGIT[7]",
        "0212:0112038-8 | CHECK_DIGIT[9]",
        "0216:003701120388 | BUSINESS_ID[CHECK_DIGIT[9]]",
        "0037:003701120388 | CHECK_DIGIT[9]",
        "0037:x | LEGACY_OVT_SHAPE",
        "9909:990399122MVA | CHECK_DIGIT[3]",
        "9918:SE4550000000058398257467 | CHECK_DIGITS[18]",
        "9930:136695977 | CHECK_DIGIT[6]",
        "9933:GR094259216 | VAT_SHAPE[EL, DIGITS_9]",
        "9956:1403019261 | SCHEME_PATTERN[0[0-9]{9}, 9956 (BE:CBE)]",
      })
  void an_address_breaking_its_scheme_rule_is_refused_saying_why(String text, String why) {
    assertThat(why(text)).isEqualTo(why);
  }

  @Test
  void syntax_and_unknown_schemes_are_refused() {
    Violation required =
        Violation.of(Input.E_ADDRESS, Rule.IDENTIFIER_REQUIRED, IdentifierScheme.E_ADDRESS);
    assertThat(refusal(null)).isEqualTo(required);
    assertThat(refusal(" ")).isEqualTo(required);
    assertThat(why("5560360793")).isEqualTo("E_ADDRESS_SHAPE");
    assertThat(why("007:5560360793")).isEqualTo("E_ADDRESS_SHAPE");
    assertThat(why("abcd:5560360793")).isEqualTo("E_ADDRESS_SHAPE");
    assertThat(why("0007:")).isEqualTo("E_ADDRESS_VALUE");
    assertThat(why("0130:a b")).isEqualTo("E_ADDRESS_VALUE");
    assertThat(why("0130:" + "x".repeat(131))).isEqualTo("E_ADDRESS_VALUE");
    assertThat(EAddress.parse("0130:" + "x".repeat(130)).value()).hasSize(130);
    assertThat(why("9999:123")).isEqualTo("E_ADDRESS_UNKNOWN_SCHEME[9999]");
  }

  @Test
  void constructing_an_address_checks_it_like_parsing() {
    assertThat(
            catchThrowableOfType(ValidationException.class, () -> new EAddress(null, "1"))
                .violations())
        .containsExactly(
            Violation.of(
                Input.E_ADDRESS,
                Rule.IDENTIFIER_INVALID,
                IdentifierScheme.E_ADDRESS,
                "null:1",
                Breach.of(Rule.E_ADDRESS_SHAPE)));
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
        .containsExactly(
            Explanation.of(ExplanationCode.SCHEME_REMOVED_REPLACED, "0037", "FI:OVT", "0216"));
    assertThat(EAddress.parse("0037:0112038-900001").warnings()).hasSize(1);
    assertThat(EAddress.parse("0193:abcd").warnings())
        .containsExactly(
            Explanation.of(ExplanationCode.SCHEME_DEPRECATED_REPLACED, "0193", "UBLBE", "0208"));
    assertThat(EAddress.parse("9912:SE556036079301").warnings())
        .containsExactly(Explanation.of(ExplanationCode.SCHEME_DEPRECATED, "9912", "EU:VAT"));
    assertThat(EAddress.parse("9908:974760673").warnings())
        .containsExactly(
            Explanation.of(ExplanationCode.SCHEME_REMOVED_REPLACED, "9908", "NO:ORGNR", "0192"));
    assertThat(EAddress.parse("0007:5560360793").warnings()).isEmpty();
  }

  @Test
  void the_warnings_of_an_address_as_sent_are_those_it_parses_to_and_none_for_no_address() {
    assertThat(EAddress.warningsAsSent(" iso6523-actorid-upis::0037:003701120389 "))
        .containsExactly(
            Explanation.of(ExplanationCode.SCHEME_REMOVED_REPLACED, "0037", "FI:OVT", "0216"));
    assertThat(EAddress.warningsAsSent("0007:5560360793")).isEmpty();
    assertThat(EAddress.warningsAsSent("1234:whatever")).isEmpty();
    assertThat(EAddress.warningsAsSent("no address")).isEmpty();
    assertThat(EAddress.warningsAsSent(" ")).isEmpty();
    assertThat(EAddress.warningsAsSent(null)).isEmpty();
  }

  @Test
  void the_warnings_of_a_stored_address_include_a_scheme_gone_from_the_list() {
    assertThat(EAddress.storedWarnings("0037:003701120389"))
        .containsExactly(
            Explanation.of(ExplanationCode.SCHEME_REMOVED_REPLACED, "0037", "FI:OVT", "0216"));
    assertThat(EAddress.storedWarnings("1234:whatever"))
        .containsExactly(Explanation.of(ExplanationCode.SCHEME_UNLISTED, "1234"));
    assertThat(EAddress.storedWarnings("0007:5560360793")).isEmpty();
    assertThat(EAddress.storedWarnings(":nothing")).isEmpty();
    assertThat(EAddress.storedWarnings(null)).isEmpty();
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
        .containsExactly(Explanation.of(ExplanationCode.SCHEME_UNLISTED, "9999"));
    assertThat(EAddress.stored("0007:5560360793")).isEqualTo(EAddress.parse("0007:5560360793"));
    assertThatThrownBy(() -> EAddress.stored("no-colon"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-colon");
    assertThatThrownBy(() -> EAddress.stored(":no-icd"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(":no-icd");
  }
}
