package com.routebook.domain.identifier;

/** What follows the country prefix of a VAT number, as errors describe it. */
public enum VatShape {
  U_AND_8_DIGITS,
  DIGITS_10_FROM_0_OR_1,
  DIGITS_9_OR_10,
  DIGITS_8_AND_LETTER,
  DIGITS_8_TO_10,
  DIGITS_9,
  DIGITS_8,
  CHARACTERS_9,
  KEY_AND_9_DIGITS,
  DIGITS_11,
  CHARACTERS_8_OR_9,
  DIGITS_9_OR_12,
  DIGITS_9_B_2_DIGITS,
  DIGITS_10,
  DIGITS_2_TO_10,
  DIGITS_10_AND_01,
  DIGITS_9_AND_MVA,
  SWISS
}
