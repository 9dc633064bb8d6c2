package com.routebook.domain.identifier;

import java.math.BigInteger;

/** Check-digit algorithms written independently of the production code, to generate test data. */
final class Reference {

  private Reference() {}

  static int luhnCheck(String payload) {
    int[] doubled = {0, 2, 4, 6, 8, 1, 3, 5, 7, 9};
    int sum = 0;
    String reversed = new StringBuilder(payload).reverse().toString();
    for (int i = 0; i < reversed.length(); i++) {
      int d = reversed.charAt(i) - '0';
      sum += i % 2 == 0 ? doubled[d] : d;
    }
    return (10 - sum % 10) % 10;
  }

  static int gs1Check(String payload) {
    int sum = 0;
    for (int i = 0; i < payload.length(); i++) {
      int fromRight = payload.length() - i;
      sum += (payload.charAt(i) - '0') * (fromRight % 2 == 1 ? 3 : 1);
    }
    return (10 - sum % 10) % 10;
  }

  /** 11 - (sum mod 11), 0 for 11, -1 for 10. */
  static int mod11Check(String payload, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i] * (payload.charAt(i) - '0');
    }
    int check = 11 - sum % 11;
    return check == 11 ? 0 : check == 10 ? -1 : check;
  }

  static int mod97(String alphanumeric) {
    StringBuilder digits = new StringBuilder();
    for (char c : alphanumeric.toCharArray()) {
      digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
  }

  static String ibanWithCheck(String country, String bban) {
    int check = 98 - mod97(bban + country + "00");
    return country + String.format("%02d", check) + bban;
  }

  /** Replaces the digit at index by another digit (1 to 9 added, modulo 10). */
  static String changeDigit(String value, int index, int delta) {
    int d = value.charAt(index) - '0';
    char changed = (char) ('0' + (d + delta) % 10);
    return value.substring(0, index) + changed + value.substring(index + 1);
  }
}
