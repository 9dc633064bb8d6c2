package com.routebook.domain.identifier;

import com.routebook.domain.Breach;
import com.routebook.domain.Rule;
import java.util.Optional;
import java.util.regex.Pattern;

/** Organization-number rules by country; every method takes the normalized value. */
final class OrganizationNumbers {

  private static final Pattern LETTERS_AND_DIGITS = Pattern.compile("[A-Z0-9]{1,35}");

  private OrganizationNumbers() {}

  /** What errors call an organization number of the country: its national rule, if checked. */
  static Enum<?> label(String countryCode) {
    return switch (countryCode == null ? "" : countryCode) {
      case "SE" -> OrganizationNumberRule.SE;
      case "NO" -> OrganizationNumberRule.NO;
      case "FI" -> OrganizationNumberRule.FI;
      case "DK" -> OrganizationNumberRule.DK;
      case "BE" -> OrganizationNumberRule.BE;
      default -> IdentifierScheme.ORGANIZATION_NUMBER;
    };
  }

  static Optional<Breach> problem(String countryCode, String value) {
    return switch (countryCode == null ? "" : countryCode) {
      case "SE" -> swedish(value);
      case "NO" -> norwegian(value);
      case "FI" -> finnish(value);
      case "DK" -> danish(value);
      case "BE" -> belgian(value);
      default ->
          LETTERS_AND_DIGITS.matcher(value).matches()
              ? Optional.empty()
              : Optional.of(Breach.of(Rule.LETTERS_AND_DIGITS));
    };
  }

  /** 10 digits, Luhn over all ten. */
  static Optional<Breach> swedish(String value) {
    if (!hasDigits(value, 10)) {
      return Optional.of(Breach.of(Rule.DIGITS, 10));
    }
    return checkDigit(value, CheckDigits.luhn(CheckDigits.payload(value)));
  }

  /** 9 digits, mod 11 with weights 3,2,7,6,5,4,3,2. */
  static Optional<Breach> norwegian(String value) {
    if (!hasDigits(value, 9)) {
      return Optional.of(Breach.of(Rule.DIGITS, 9));
    }
    return checkDigit(value, CheckDigits.mod11(CheckDigits.payload(value), 3, 2, 7, 6, 5, 4, 3, 2));
  }

  /** Y-tunnus NNNNNNN-C (the dash removed by normalization), mod 11 with weights 7,9,10,5,8,4,2. */
  static Optional<Breach> finnish(String value) {
    if (!hasDigits(value, 8)) {
      return Optional.of(Breach.of(Rule.FINNISH_BUSINESS_ID_SHAPE));
    }
    return checkDigit(value, CheckDigits.mod11(CheckDigits.payload(value), 7, 9, 10, 5, 8, 4, 2));
  }

  /** 8 digits, weights 2,7,6,5,4,3,2,1, sum mod 11 = 0. */
  static Optional<Breach> danish(String value) {
    if (!hasDigits(value, 8)) {
      return Optional.of(Breach.of(Rule.DIGITS, 8));
    }
    int expected = (11 - CheckDigits.weightedSum(value, 2, 7, 6, 5, 4, 3, 2) % 11) % 11;
    return checkDigit(value, expected == 10 ? CheckDigits.NONE : expected);
  }

  /** 10 digits starting 0 or 1, last two = 97 - (first eight mod 97). */
  static Optional<Breach> belgian(String value) {
    if (!hasDigits(value, 10) || value.charAt(0) > '1') {
      return Optional.of(Breach.of(Rule.BELGIAN_NUMBER_SHAPE));
    }
    long expected = 97 - Long.parseLong(value.substring(0, 8)) % 97;
    if (Integer.parseInt(value.substring(8)) != expected) {
      return Optional.of(Breach.of(Rule.CHECK_DIGITS, String.format("%02d", expected)));
    }
    return Optional.empty();
  }

  static boolean hasDigits(String value, int length) {
    return value.length() == length && CheckDigits.isDigits(value);
  }

  /** Compares the last digit of value with expected ({@link CheckDigits#NONE}: none exists). */
  static Optional<Breach> checkDigit(String value, int expected) {
    if (expected == CheckDigits.NONE) {
      return Optional.of(Breach.of(Rule.NO_CHECK_DIGIT));
    }
    if (CheckDigits.last(value) != expected) {
      return Optional.of(Breach.of(Rule.CHECK_DIGIT, expected));
    }
    return Optional.empty();
  }
}
