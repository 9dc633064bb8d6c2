package com.routebook.domain.identifier;

import com.routebook.domain.Breach;
import com.routebook.domain.Rule;
import com.routebook.domain.ValidationException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A participant's address in the network, {@code ICD:value}, checked against the shipped Peppol
 * scheme list. Values compare case-insensitively.
 */
public record EAddress(String icd, String value) {

  private static final String SCHEME_PREFIX = "iso6523-actorid-upis::";
  private static final Pattern ICD = Pattern.compile("\\d{4}");
  private static final Pattern VALUE = Pattern.compile("\\S{1,130}");

  /** Checks the syntax, that the ICD is in the Peppol list, and the value by the scheme's rule. */
  public EAddress {
    if (icd == null || value == null || !ICD.matcher(icd).matches()) {
      throw invalid(icd + ":" + value, Breach.of(Rule.E_ADDRESS_SHAPE));
    }
    if (!VALUE.matcher(value).matches()) {
      throw invalid(icd + ":" + value, Breach.of(Rule.E_ADDRESS_VALUE));
    }
    String text = icd + ":" + value;
    PeppolScheme scheme =
        PeppolScheme.byIcd(icd)
            .orElseThrow(() -> invalid(text, Breach.of(Rule.E_ADDRESS_UNKNOWN_SCHEME, icd)));
    Optional<Breach> problem = EAddressRules.problem(scheme, value);
    if (problem.isPresent()) {
      throw invalid(text, problem.get());
    }
  }

  /**
   * Parses {@code ICD:value}, e.g. {@code 0007:5560360793} (surrounding spaces and a leading {@code
   * iso6523-actorid-upis::} ignored).
   *
   * @throws ValidationException INVALID_IDENTIFIER, input E_ADDRESS, for bad syntax, an ICD not in
   *     the list, or a value that breaks the scheme's rule
   */
  public static EAddress parse(String text) {
    if (text == null || text.isBlank()) {
      throw Identifier.invalid(
          IdentifierScheme.E_ADDRESS.input(), Rule.IDENTIFIER_REQUIRED, IdentifierScheme.E_ADDRESS);
    }
    String address = withoutSchemePrefix(text.strip());
    int colon = address.indexOf(':');
    if (colon < 0) {
      throw invalid(address, Breach.of(Rule.E_ADDRESS_SHAPE));
    }
    return new EAddress(address.substring(0, colon), address.substring(colon + 1));
  }

  /** The scheme of this address in the Peppol list. */
  public PeppolScheme scheme() {
    return PeppolScheme.byIcd(icd).orElseThrow();
  }

  /** Warnings for an accepted address, e.g. "scheme 0037 (FI:OVT) is removed; use 0216". */
  public List<String> warnings() {
    return scheme().warning().stream().toList();
  }

  /** Comparison key: the ICD, a colon and the value upper case. */
  public String key() {
    return icd + ":" + value.toUpperCase(Locale.ROOT);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EAddress that && key().equals(that.key());
  }

  @Override
  public int hashCode() {
    return key().hashCode();
  }

  /** {@code icd:value} as given. */
  @Override
  public String toString() {
    return icd + ":" + value;
  }

  /** The key form of a possibly invalid address, for look-ups: no whitespace, upper case. */
  static String normalizeKey(String raw) {
    return withoutSchemePrefix(raw.replaceAll("\\s", "")).toUpperCase(Locale.ROOT);
  }

  private static String withoutSchemePrefix(String text) {
    return text.regionMatches(true, 0, SCHEME_PREFIX, 0, SCHEME_PREFIX.length())
        ? text.substring(SCHEME_PREFIX.length())
        : text;
  }

  private static ValidationException invalid(String text, Breach why) {
    return Identifier.invalid(
        IdentifierScheme.E_ADDRESS.input(),
        Rule.IDENTIFIER_INVALID,
        IdentifierScheme.E_ADDRESS,
        text,
        why);
  }
}
