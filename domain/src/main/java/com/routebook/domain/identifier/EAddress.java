package com.routebook.domain.identifier;

import com.routebook.domain.Breach;
import com.routebook.domain.Explanation;
import com.routebook.domain.ExplanationCode;
import com.routebook.domain.Rule;
import com.routebook.domain.ValidationException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A participant's address in the network, {@code ICD:value}, checked against the shipped Peppol
 * scheme list when it is given ({@link #parse}, the constructor). An address read back from storage
 * ({@link #stored}) is trusted as it was accepted then, even if the list has changed since. Values
 * compare case-insensitively.
 */
public final class EAddress {

  private static final String SCHEME_PREFIX = "iso6523-actorid-upis::";
  private static final Pattern ICD = Pattern.compile("\\d{4}");
  private static final Pattern VALUE = Pattern.compile("\\S{1,130}");

  private final String icd;
  private final String value;

  /** Checks the syntax, that the ICD is in the Peppol list, and the value by the scheme's rule. */
  public EAddress(String icd, String value) {
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
    this.icd = icd;
    this.value = value;
  }

  private EAddress(String icd, String value, boolean trusted) {
    this.icd = icd;
    this.value = value;
  }

  /**
   * An address as it was stored, {@code ICD:value}, without checking it against today's scheme list
   * or rules; for persistence adapters rebuilding what was accepted under the rules of its day.
   *
   * @throws IllegalArgumentException when the text has no ICD and colon before its value
   */
  public static EAddress stored(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("stored E-address without ICD: " + text);
    }
    return new EAddress(text.substring(0, colon), text.substring(colon + 1), true);
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

  /**
   * The scheme of this address in the Peppol list; empty only for a {@link #stored} address whose
   * scheme has left the list since.
   */
  public Optional<PeppolScheme> scheme() {
    return PeppolScheme.byIcd(icd);
  }

  /**
   * Warnings for an accepted address: its scheme is deprecated or removed ({@link
   * PeppolScheme#warning()}), or a stored address's scheme is no longer in the list.
   */
  public List<Explanation> warnings() {
    return scheme()
        .map(s -> s.warning().stream().toList())
        .orElseGet(() -> List.of(Explanation.of(ExplanationCode.SCHEME_UNLISTED, icd)));
  }

  /**
   * The warnings of a stored E-address's text ({@code ICD:value}, as {@link #stored} reads it);
   * none for no text or text without an ICD.
   */
  public static List<Explanation> storedWarnings(String text) {
    return text == null || text.indexOf(':') <= 0 ? List.of() : stored(text.strip()).warnings();
  }

  /**
   * The warnings of an E-address as a document sent it ({@link #parse} rules, spaces and a leading
   * {@code iso6523-actorid-upis::} ignored); none for no text or text that is no E-address.
   */
  public static List<Explanation> warningsAsSent(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    try {
      return parse(text).warnings();
    } catch (ValidationException notAnAddress) {
      return List.of();
    }
  }

  /** The ICD, four digits: the scheme's number in the Peppol list. */
  public String icd() {
    return icd;
  }

  /** The value as given. */
  public String value() {
    return value;
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
    String compact = WHITESPACE.matcher(raw).find() ? WHITESPACE.matcher(raw).replaceAll("") : raw;
    return withoutSchemePrefix(compact).toUpperCase(Locale.ROOT);
  }

  /** Whitespace, compiled once: keys are made for every row of an import (issue 14's bench). */
  private static final Pattern WHITESPACE = Pattern.compile("\\s");

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
