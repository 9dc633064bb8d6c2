package com.routebook.domain.identifier;

import static com.routebook.domain.identifier.IdentifierScheme.GLN;
import static com.routebook.domain.identifier.IdentifierScheme.IBAN;
import static com.routebook.domain.identifier.IdentifierScheme.ORGANIZATION_NUMBER;
import static com.routebook.domain.identifier.IdentifierScheme.OVT;
import static com.routebook.domain.identifier.IdentifierScheme.VAT;
import static com.routebook.domain.identifier.Reference.changeDigit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.domain.ValidationException;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

/**
 * For every check-digit scheme: a generated valid value is accepted, and the same value with any
 * one digit changed is refused (each of these algorithms detects every single-digit change).
 */
class CheckDigitPropertiesTest {

  private static final int[] NO_WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};
  private static final int[] FI_WEIGHTS = {7, 9, 10, 5, 8, 4, 2};
  private static final int[] DK_WEIGHTS = {2, 7, 6, 5, 4, 3, 2};
  private static final int[] PL_WEIGHTS = {6, 5, 7, 2, 3, 4, 5, 6, 7};
  private static final int[] CH_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4};

  private static void acceptedThenRefusedWhenChanged(
      IdentifierScheme scheme,
      String country,
      String prefix,
      String valid,
      String suffix,
      int index,
      int delta) {
    assertThat(Identifier.of(scheme, prefix + valid + suffix, country).value())
        .isEqualTo(prefix + valid + suffix);
    String changed = prefix + changeDigit(valid, index % valid.length(), delta) + suffix;
    assertThatThrownBy(() -> Identifier.of(scheme, changed, country))
        .isInstanceOf(ValidationException.class);
  }

  @Property
  void swedish_organization_numbers_and_vat_numbers(
      @ForAll @StringLength(9) @NumericChars String payload,
      @ForAll @IntRange(min = 0, max = 9) int index,
      @ForAll @IntRange(min = 1, max = 9) int delta) {
    String valid = payload + Reference.luhnCheck(payload);
    acceptedThenRefusedWhenChanged(ORGANIZATION_NUMBER, "SE", "", valid, "", index, delta);
    acceptedThenRefusedWhenChanged(VAT, null, "SE", valid, "01", index, delta);
  }

  @Property
  void norwegian_organization_numbers_and_vat_numbers(
      @ForAll @StringLength(8) @NumericChars String payload,
      @ForAll @IntRange(min = 0, max = 8) int index,
      @ForAll @IntRange(min = 1, max = 9) int delta) {
    int check = Reference.mod11Check(payload, NO_WEIGHTS);
    Assume.that(check >= 0);
    String valid = payload + check;
    acceptedThenRefusedWhenChanged(ORGANIZATION_NUMBER, "NO", "", valid, "", index, delta);
    acceptedThenRefusedWhenChanged(VAT, null, "NO", valid, "MVA", index, delta);
  }

  @Property
  void finnish_business_ids_vat_numbers_and_ovt(
      @ForAll @StringLength(7) @NumericChars String payload,
      @ForAll @IntRange(min = 0, max = 7) int index,
      @ForAll @IntRange(min = 1, max = 9) int delta) {
    int check = Reference.mod11Check(payload, FI_WEIGHTS);
    Assume.that(check >= 0);
    String valid = payload + check;
    acceptedThenRefusedWhenChanged(ORGANIZATION_NUMBER, "FI", "", valid, "", index, delta);
    acceptedThenRefusedWhenChanged(VAT, null, "FI", valid, "", index, delta);
    acceptedThenRefusedWhenChanged(OVT, null, "0037", valid, "001", index, delta);
  }

  @Property
  void danish_cvr_and_vat_numbers(
      @ForAll @StringLength(7) @NumericChars String payload,
      @ForAll @IntRange(min = 0, max = 7) int index,
      @ForAll @IntRange(min = 1, max = 9) int delta) {
    int check = Reference.mod11Check(payload, DK_WEIGHTS);
    Assume.that(check >= 0);
    String valid = payload + check;
    acceptedThenRefusedWhenChanged(ORGANIZATION_NUMBER, "DK", "", valid, "", index, delta);
    acceptedThenRefusedWhenChanged(VAT, null, "DK", valid, "", index, delta);
  }

  @Property
  void belgian_enterprise_and_vat_numbers(
      @ForAll @IntRange(min = 0, max = 19_999_999) int first,
      @ForAll @IntRange(min = 0, max = 9) int index,
      @ForAll @IntRange(min = 1, max = 9) int delta) {
    String payload = String.format("%08d", first);
    String valid = payload + String.format("%02d", 97 - first % 97);
    acceptedThenRefusedWhenChanged(ORGANIZATION_NUMBER, "BE", "", valid, "", index, delta);
    acceptedThenRefusedWhenChanged(VAT, null, "BE", valid, "", index, delta);
  }

  @Property
  void glns(
      @ForAll @StringLength(12) @NumericChars String payload,
      @ForAll @IntRange(min = 0, max = 12) int index,
      @ForAll @IntRange(min = 1, max = 9) int delta) {
    acceptedThenRefusedWhenChanged(
        GLN, null, "", payload + Reference.gs1Check(payload), "", index, delta);
  }

  @Property
  void ibans(
      @ForAll @StringLength(14) @NumericChars String account,
      @ForAll @IntRange(min = 0, max = 13) int index,
      @ForAll @IntRange(min = 1, max = 9) int delta) {
    String valid = Reference.ibanWithCheck("FI", account);
    assertThat(Identifier.of(IBAN, valid, null).value()).isEqualTo(valid);
    String changed = "FI" + valid.substring(2, 4) + changeDigit(account, index, delta);
    assertThatThrownBy(() -> Identifier.of(IBAN, changed, null))
        .isInstanceOf(ValidationException.class);
  }

  @Property
  void german_vat_numbers(
      @ForAll @StringLength(8) @NumericChars String payload,
      @ForAll @IntRange(min = 0, max = 8) int index,
      @ForAll @IntRange(min = 1, max = 9) int delta) {
    int product = 10;
    for (char c : payload.toCharArray()) {
      int sum = (c - '0' + product) % 10;
      product = (2 * (sum == 0 ? 10 : sum)) % 11;
    }
    String valid = payload + (11 - product) % 10;
    acceptedThenRefusedWhenChanged(VAT, null, "DE", valid, "", index, delta);
  }

  @Property
  void italian_vat_numbers(
      @ForAll @StringLength(10) @NumericChars String payload,
      @ForAll @IntRange(min = 0, max = 10) int index,
      @ForAll @IntRange(min = 1, max = 9) int delta) {
    acceptedThenRefusedWhenChanged(
        VAT, null, "IT", payload + Reference.luhnCheck(payload), "", index, delta);
  }

  @Property
  void austrian_vat_numbers(
      @ForAll @StringLength(7) @NumericChars String payload,
      @ForAll @IntRange(min = 0, max = 7) int index,
      @ForAll @IntRange(min = 1, max = 9) int delta) {
    int sum = 0;
    for (int i = 0; i < 7; i++) {
      int d = payload.charAt(i) - '0';
      sum += i % 2 == 0 ? d : (2 * d) / 10 + (2 * d) % 10;
    }
    String valid = payload + (10 - (sum + 4) % 10) % 10;
    acceptedThenRefusedWhenChanged(VAT, null, "ATU", valid, "", index, delta);
  }

  @Property
  void polish_vat_numbers(
      @ForAll @StringLength(9) @NumericChars String payload,
      @ForAll @IntRange(min = 0, max = 9) int index,
      @ForAll @IntRange(min = 1, max = 9) int delta) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += PL_WEIGHTS[i] * (payload.charAt(i) - '0');
    }
    Assume.that(sum % 11 != 10);
    acceptedThenRefusedWhenChanged(VAT, null, "PL", payload + sum % 11, "", index, delta);
  }

  @Property
  void french_vat_numbers(
      @ForAll @IntRange(min = 0, max = 999_999_999) int siren,
      @ForAll @IntRange(min = 0, max = 10) int index,
      @ForAll @IntRange(min = 1, max = 9) int delta) {
    String valid = String.format("%02d%09d", (12 + 3 * (siren % 97)) % 97, siren);
    acceptedThenRefusedWhenChanged(VAT, null, "FR", valid, "", index, delta);
  }

  @Property
  void swiss_vat_numbers(
      @ForAll @StringLength(8) @NumericChars String payload,
      @ForAll @IntRange(min = 0, max = 8) int index,
      @ForAll @IntRange(min = 1, max = 9) int delta) {
    int check = Reference.mod11Check(payload, CH_WEIGHTS);
    Assume.that(check >= 0);
    acceptedThenRefusedWhenChanged(VAT, null, "CHE", payload + check, "MWST", index, delta);
  }

  @Property
  void dutch_vat_numbers_of_companies(
      @ForAll @StringLength(8) @NumericChars String payload,
      @ForAll @IntRange(min = 0, max = 8) int index,
      @ForAll @IntRange(min = 1, max = 9) int delta) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * (payload.charAt(i) - '0');
    }
    Assume.that(sum % 11 != 10);
    String valid = payload + sum % 11;
    String changed = changeDigit(valid, index, delta);
    // a changed number passes only if it happens to satisfy the sole-proprietor mod 97 rule
    Assume.that(Reference.mod97("NL" + changed + "B01") != 1);
    acceptedThenRefusedWhenChanged(VAT, null, "NL", valid, "B01", index, delta);
  }
}
