package com.routebook.domain.identifier;

import com.routebook.domain.Breach;
import com.routebook.domain.Rule;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/** VAT number formats (EU, NO, GB, CH) and check digits, on normalized values with prefix. */
final class VatNumbers {

  private record Format(
      Pattern pattern, VatShape shape, Function<String, Optional<Breach>> check) {}

  private static final Function<String, Optional<Breach>> NO_CHECK = body -> Optional.empty();

  private static final Map<String, Format> FORMATS =
      Map.ofEntries(
          format("AT", "U\\d{8}", VatShape.U_AND_8_DIGITS, VatNumbers::austrian),
          format("BE", "[01]\\d{9}", VatShape.DIGITS_10_FROM_0_OR_1, OrganizationNumbers::belgian),
          format("BG", "\\d{9,10}", VatShape.DIGITS_9_OR_10, NO_CHECK),
          format("CY", "\\d{8}[A-Z]", VatShape.DIGITS_8_AND_LETTER, NO_CHECK),
          format("CZ", "\\d{8,10}", VatShape.DIGITS_8_TO_10, NO_CHECK),
          format("DE", "\\d{9}", VatShape.DIGITS_9, VatNumbers::german),
          format("DK", "\\d{8}", VatShape.DIGITS_8, OrganizationNumbers::danish),
          format("EE", "\\d{9}", VatShape.DIGITS_9, NO_CHECK),
          format("EL", "\\d{9}", VatShape.DIGITS_9, NO_CHECK),
          format("ES", "[A-Z]\\d{7}[A-Z0-9]|\\d{8}[A-Z]", VatShape.CHARACTERS_9, NO_CHECK),
          format("FI", "\\d{8}", VatShape.DIGITS_8, OrganizationNumbers::finnish),
          format("FR", "[A-HJ-NP-Z0-9]{2}\\d{9}", VatShape.KEY_AND_9_DIGITS, VatNumbers::french),
          format("HR", "\\d{11}", VatShape.DIGITS_11, NO_CHECK),
          format("HU", "\\d{8}", VatShape.DIGITS_8, NO_CHECK),
          format(
              "IE",
              "\\d{7}[A-W][A-IW]?|\\d[A-Z+*]\\d{5}[A-W]",
              VatShape.CHARACTERS_8_OR_9,
              NO_CHECK),
          format("IT", "\\d{11}", VatShape.DIGITS_11, VatNumbers::italian),
          format("LT", "\\d{9}|\\d{12}", VatShape.DIGITS_9_OR_12, NO_CHECK),
          format("LU", "\\d{8}", VatShape.DIGITS_8, NO_CHECK),
          format("LV", "\\d{11}", VatShape.DIGITS_11, NO_CHECK),
          format("MT", "\\d{8}", VatShape.DIGITS_8, NO_CHECK),
          format("NL", "\\d{9}B\\d{2}", VatShape.DIGITS_9_B_2_DIGITS, VatNumbers::dutch),
          format("PL", "\\d{10}", VatShape.DIGITS_10, VatNumbers::polish),
          format("PT", "\\d{9}", VatShape.DIGITS_9, NO_CHECK),
          format("RO", "[1-9]\\d{1,9}", VatShape.DIGITS_2_TO_10, NO_CHECK),
          format(
              "SE",
              "\\d{10}01",
              VatShape.DIGITS_10_AND_01,
              body -> OrganizationNumbers.swedish(body.substring(0, 10))),
          format("SI", "[1-9]\\d{7}", VatShape.DIGITS_8, NO_CHECK),
          format("SK", "[1-9]\\d{9}", VatShape.DIGITS_10, NO_CHECK),
          format(
              "NO",
              "\\d{9}MVA",
              VatShape.DIGITS_9_AND_MVA,
              body -> OrganizationNumbers.norwegian(body.substring(0, 9))),
          format("GB", "\\d{9}|\\d{12}|GD\\d{3}|HA\\d{3}", VatShape.DIGITS_9_OR_12, NO_CHECK),
          format("XI", "\\d{9}|\\d{12}|GD\\d{3}|HA\\d{3}", VatShape.DIGITS_9_OR_12, NO_CHECK),
          format("CH", "E\\d{9}(MWST|TVA|IVA)?", VatShape.SWISS, VatNumbers::swiss));

  private VatNumbers() {}

  private static Map.Entry<String, Format> format(
      String prefix, String regex, VatShape shape, Function<String, Optional<Breach>> check) {
    return Map.entry(prefix, new Format(Pattern.compile(regex), shape, check));
  }

  static boolean knows(String prefix) {
    return FORMATS.containsKey(prefix);
  }

  /** The VAT prefix of a country: its ISO code, except EL for Greece. */
  static String prefixOf(String countryCode) {
    return "GR".equals(countryCode) ? "EL" : countryCode;
  }

  /** The problem with a normalized VAT number that starts with its country prefix, if any. */
  static Optional<Breach> problem(String value) {
    if (value.length() < 2) {
      return Optional.of(Breach.of(Rule.VAT_PREFIX_MISSING));
    }
    String prefix = value.substring(0, 2);
    if ("GR".equals(prefix)) {
      return Optional.of(Breach.of(Rule.VAT_PREFIX_GREEK));
    }
    Format format = FORMATS.get(prefix);
    if (format == null) {
      return Optional.of(Breach.of(Rule.VAT_PREFIX_UNKNOWN, prefix));
    }
    String body = value.substring(2);
    if (!format.pattern().matcher(body).matches()) {
      return Optional.of(Breach.of(Rule.VAT_SHAPE, prefix, format.shape()));
    }
    return format.check().apply(body);
  }

  /**
   * ATU + 7 digits + check: Luhn-like sum with weights 1,2,1,2,1,2,1, check = (96 - sum) mod 10.
   */
  static Optional<Breach> austrian(String body) {
    String digits = body.substring(1);
    int sum = 0;
    for (int i = 0; i < 7; i++) {
      int d = CheckDigits.digit(digits, i);
      sum += i % 2 == 1 ? CheckDigits.digitSum(2 * d) : d;
    }
    return OrganizationNumbers.checkDigit(digits, (96 - sum) % 10);
  }

  /** ISO 7064 MOD 11,10 over the first 8 digits. */
  static Optional<Breach> german(String body) {
    return OrganizationNumbers.checkDigit(
        body, CheckDigits.iso7064Mod11Mod10(CheckDigits.payload(body)));
  }

  /** The key of a numeric French VAT number is (12 + 3 × (SIREN mod 97)) mod 97. */
  static Optional<Breach> french(String body) {
    String key = body.substring(0, 2);
    if (!CheckDigits.isDigits(key)) {
      return Optional.empty();
    }
    long expected = (12 + 3 * (Long.parseLong(body.substring(2)) % 97)) % 97;
    if (Integer.parseInt(key) != expected) {
      return Optional.of(Breach.of(Rule.VAT_KEY, String.format("%02d", expected)));
    }
    return Optional.empty();
  }

  /** Luhn over all 11 digits. */
  static Optional<Breach> italian(String body) {
    return OrganizationNumbers.checkDigit(body, CheckDigits.luhn(CheckDigits.payload(body)));
  }

  /**
   * Mod 11 with weights 9..2 over the first 8 digits (companies), or, for sole proprietors since
   * 2020, mod 97 = 1 over the whole number NL…B.. (ISO 7064 MOD 97-10).
   */
  static Optional<Breach> dutch(String body) {
    if (CheckDigits.mod97("NL" + body) == 1) {
      return Optional.empty();
    }
    int expected = CheckDigits.weightedSum(body, 9, 8, 7, 6, 5, 4, 3, 2) % 11;
    return OrganizationNumbers.checkDigit(
        body.substring(0, 9), expected == 10 ? CheckDigits.NONE : expected);
  }

  /** Weights 6,5,7,2,3,4,5,6,7, sum mod 11 is the last digit (10 never issued). */
  static Optional<Breach> polish(String body) {
    int expected = CheckDigits.weightedSum(body, 6, 5, 7, 2, 3, 4, 5, 6, 7) % 11;
    return OrganizationNumbers.checkDigit(body, expected == 10 ? CheckDigits.NONE : expected);
  }

  /** CHE + 8 digits + check: mod 11 with weights 5,4,3,2,7,6,5,4. */
  static Optional<Breach> swiss(String body) {
    String digits = body.substring(1, 10);
    return OrganizationNumbers.checkDigit(
        digits, CheckDigits.mod11(CheckDigits.payload(digits), 5, 4, 3, 2, 7, 6, 5, 4));
  }
}
