package com.routebook.domain.identifier;

/** The check-digit algorithms the identifier rules are built from; digits only unless stated. */
final class CheckDigits {

  /** Sentinel returned by the modulus 11 methods when no check digit exists for the payload. */
  static final int NONE = -1;

  private CheckDigits() {}

  static boolean isDigits(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  static int digit(String digits, int index) {
    return digits.charAt(index) - '0';
  }

  static int last(String digits) {
    return digit(digits, digits.length() - 1);
  }

  static String payload(String digits) {
    return digits.substring(0, digits.length() - 1);
  }

  /** The Luhn check digit that completes {@code payload}. */
  static int luhn(String payload) {
    int sum = 0;
    boolean doubled = true;
    for (int i = payload.length() - 1; i >= 0; i--) {
      int d = digit(payload, i);
      sum += doubled ? digitSum(2 * d) : d;
      doubled = !doubled;
    }
    return (10 - sum % 10) % 10;
  }

  /** The sum of the digits of a number below 100. */
  static int digitSum(int number) {
    return number / 10 + number % 10;
  }

  /** The GS1 mod 10 check digit (weights 3 and 1 from the right) that completes payload. */
  static int gs1(String payload) {
    int sum = 0;
    int weight = 3;
    for (int i = payload.length() - 1; i >= 0; i--) {
      sum += weight * digit(payload, i);
      weight = 4 - weight;
    }
    return (10 - sum % 10) % 10;
  }

  static int weightedSum(String digits, int... weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i] * digit(digits, i);
    }
    return sum;
  }

  /**
   * The check digit 11 - (weighted sum mod 11), 0 when the remainder is 0, {@link #NONE} when the
   * remainder is 1 (such a number is never issued).
   */
  static int mod11(String payload, int... weights) {
    int remainder = weightedSum(payload, weights) % 11;
    if (remainder == 0) {
      return 0;
    }
    return remainder == 1 ? NONE : 11 - remainder;
  }

  /**
   * The remainder modulo 97 of a string of letters and digits, letters counting A = 10 … Z = 35.
   */
  static int mod97(String alphanumeric) {
    int remainder = 0;
    for (int i = 0; i < alphanumeric.length(); i++) {
      int value = Character.digit(alphanumeric.charAt(i), 36);
      remainder = (value > 9 ? remainder * 100 : remainder * 10) + value;
      remainder %= 97;
    }
    return remainder;
  }

  /** The ISO 7064 MOD 11,10 check digit that completes payload (German VAT, Croatian OIB). */
  static int iso7064Mod11Mod10(String payload) {
    int product = 10;
    for (int i = 0; i < payload.length(); i++) {
      int sum = (digit(payload, i) + product) % 10;
      if (sum == 0) {
        sum = 10;
      }
      product = (2 * sum) % 11;
    }
    return (11 - product) % 10;
  }
}
