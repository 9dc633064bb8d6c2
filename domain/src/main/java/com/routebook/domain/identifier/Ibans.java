package com.routebook.domain.identifier;

import com.routebook.domain.Breach;
import com.routebook.domain.Rule;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** ISO 13616 IBAN: country, two check digits, the country's length, mod 97 = 1. */
final class Ibans {

  private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]+");

  /** IBAN lengths by country, from the SWIFT IBAN registry (all SEPA countries and more). */
  private static final Map<String, Integer> LENGTHS = lengths();

  private Ibans() {}

  private static Map<String, Integer> lengths() {
    String table =
        "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18"
            + " DO28 EE20 EG29 ES24 FI18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22"
            + " IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 MC27 MD24 ME22"
            + " MK19 MR27 MT31 MU30 NL18 NO15 PK24 PL28 PS29 PT25 QA29 RO24 RS22 SA24 SC31 SE24"
            + " SI19 SK24 SM27 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20";
    Map<String, Integer> lengths = new HashMap<>();
    for (String entry : table.split(" ")) {
      lengths.put(entry.substring(0, 2), Integer.parseInt(entry.substring(2)));
    }
    return Map.copyOf(lengths);
  }

  /** The IBAN length of a country, 0 when the country has no IBAN. */
  static int length(String countryCode) {
    return LENGTHS.getOrDefault(countryCode, 0);
  }

  static Optional<Breach> problem(String value) {
    if (!SHAPE.matcher(value).matches()) {
      return Optional.of(Breach.of(Rule.IBAN_SHAPE));
    }
    String country = value.substring(0, 2);
    int length = length(country);
    if (length == 0) {
      return Optional.of(Breach.of(Rule.IBAN_COUNTRY, country));
    }
    if (value.length() != length) {
      return Optional.of(Breach.of(Rule.IBAN_LENGTH, length, country, value.length()));
    }
    String rearranged = value.substring(4) + country;
    if (CheckDigits.mod97(rearranged + value.substring(2, 4)) != 1) {
      return Optional.of(
          Breach.of(
              Rule.CHECK_DIGITS, String.format("%02d", 98 - CheckDigits.mod97(rearranged + "00"))));
    }
    return Optional.empty();
  }
}
