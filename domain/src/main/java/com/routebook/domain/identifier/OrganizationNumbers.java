package com.routebook.domain.identifier;

import java.util.Optional;
import java.util.regex.Pattern;

/** Organization-number rules by country; every method takes the normalized value. */
final class OrganizationNumbers {

  private static final Pattern LETTERS_AND_DIGITS = Pattern.compile("[A-Z0-9]{1,35}");

  private OrganizationNumbers() {}

  static String label(String countryCode) {
    return switch (countryCode == null ? "" : countryCode) {
      case "SE" -> "Swedish organization number";
      case "NO" -> "Norwegian organization number";
      case "FI" -> "Finnish business id";
      case "DK" -> "Danish CVR number";
      case "BE" -> "Belgian enterprise number";
      default -> "Organization number";
    };
  }

  static Optional<String> problem(String countryCode, String value) {
    return switch (countryCode == null ? "" : countryCode) {
      case "SE" -> swedish(value);
      case "NO" -> norwegian(value);
      case "FI" -> finnish(value);
      case "DK" -> danish(value);
      case "BE" -> belgian(value);
      default ->
          LETTERS_AND_DIGITS.matcher(value).matches()
              ? Optional.empty()
              : Optional.of("should have 1 to 35 letters and digits only");
    };
  }

  /** 10 digits, Luhn over all ten. */
  static Optional<String> swedish(String value) {
    if (!hasDigits(value, 10)) {
      return Optional.of("should have 10 digits");
    }
    return checkDigit(value, CheckDigits.luhn(CheckDigits.payload(value)));
  }

  /** 9 digits, mod 11 with weights 3,2,7,6,5,4,3,2. */
  static Optional<String> norwegian(String value) {
    if (!hasDigits(value, 9)) {
      return Optional.of("should have 9 digits");
    }
    return checkDigit(value, CheckDigits.mod11(CheckDigits.payload(value), 3, 2, 7, 6, 5, 4, 3, 2));
  }

  /** Y-tunnus NNNNNNN-C (the dash removed by normalization), mod 11 with weights 7,9,10,5,8,4,2. */
  static Optional<String> finnish(String value) {
    if (!hasDigits(value, 8)) {
      return Optional.of("should have the form NNNNNNN-C (7 digits, a dash and a check digit)");
    }
    return checkDigit(value, CheckDigits.mod11(CheckDigits.payload(value), 7, 9, 10, 5, 8, 4, 2));
  }

  /** 8 digits, weights 2,7,6,5,4,3,2,1, sum mod 11 = 0. */
  static Optional<String> danish(String value) {
    if (!hasDigits(value, 8)) {
      return Optional.of("should have 8 digits");
    }
    int expected = (11 - CheckDigits.weightedSum(value, 2, 7, 6, 5, 4, 3, 2) % 11) % 11;
    return checkDigit(value, expected == 10 ? CheckDigits.NONE : expected);
  }

  /** 10 digits starting 0 or 1, last two = 97 - (first eight mod 97). */
  static Optional<String> belgian(String value) {
    if (!hasDigits(value, 10) || value.charAt(0) > '1') {
      return Optional.of("should have 10 digits starting with 0 or 1");
    }
    long expected = 97 - Long.parseLong(value.substring(0, 8)) % 97;
    if (Integer.parseInt(value.substring(8)) != expected) {
      return Optional.of(String.format("check digits should be %02d", expected));
    }
    return Optional.empty();
  }

  static boolean hasDigits(String value, int length) {
    return value.length() == length && CheckDigits.isDigits(value);
  }

  /** Compares the last digit of value with expected ({@link CheckDigits#NONE}: none exists). */
  static Optional<String> checkDigit(String value, int expected) {
    if (expected == CheckDigits.NONE) {
      return Optional.of("cannot be valid: no check digit exists for these digits");
    }
    if (CheckDigits.last(value) != expected) {
      return Optional.of("check digit should be " + expected);
    }
    return Optional.empty();
  }
}
