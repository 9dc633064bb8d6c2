package com.routebook.domain.identifier;

import com.routebook.domain.Breach;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.Input;
import com.routebook.domain.Rule;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A validated identifier; value is in normalized form when it is given ({@link #of}, the
 * constructor). An identifier read back from storage ({@link #stored}) is trusted as it was
 * accepted then, even if today's normal form differs. Compared by scheme and value.
 */
public final class Identifier {

  private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-]");
  private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");
  private static final Pattern OVT_SHAPE = Pattern.compile("0037(\\d{8})[A-Z0-9]{0,5}");

  private final IdentifierScheme scheme;
  private final String value;

  /**
   * Checks that value is present and already normalized; the full rule (which may need a country)
   * is checked by {@link #of}. For look-ups with a normalized value.
   */
  public Identifier(IdentifierScheme scheme, String value) {
    Objects.requireNonNull(scheme, "scheme");
    if (value == null || value.isEmpty() || !value.equals(normalize(scheme, value))) {
      throw invalid(scheme.input(), Rule.IDENTIFIER_NOT_NORMALIZED, scheme, value);
    }
    this.scheme = scheme;
    this.value = value;
  }

  private Identifier(IdentifierScheme scheme, String value, boolean trusted) {
    this.scheme = Objects.requireNonNull(scheme, "scheme");
    this.value = Objects.requireNonNull(value, "value");
  }

  /**
   * An identifier as it was stored, without checking it against today's normal form or rules; for
   * persistence adapters rebuilding what was accepted under the rules of its day.
   */
  public static Identifier stored(IdentifierScheme scheme, String value) {
    return new Identifier(scheme, value, true);
  }

  /** The scheme. */
  public IdentifierScheme scheme() {
    return scheme;
  }

  /** The value, normalized (as stored, for a {@link #stored} identifier). */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Identifier that && scheme == that.scheme && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scheme, value);
  }

  /**
   * Validates raw by the scheme's rule (organization number by the rule of countryCode: SE, NO, FI,
   * DK, BE; elsewhere letters and digits only; countryCode ISO alpha-2, may be null for schemes
   * that do not need it). A VAT number without its prefix takes the one of countryCode.
   *
   * @throws ValidationException {@code INVALID_IDENTIFIER} naming the scheme's input and saying why
   */
  public static Identifier of(IdentifierScheme scheme, String raw, String countryCode) {
    Objects.requireNonNull(scheme, "scheme");
    if (raw == null || raw.isBlank()) {
      throw invalid(scheme.input(), Rule.IDENTIFIER_REQUIRED, scheme);
    }
    if (scheme == IdentifierScheme.E_ADDRESS) {
      return new Identifier(scheme, EAddress.parse(raw).key());
    }
    String country = country(scheme, countryCode);
    String value = normalize(scheme, raw);
    if (scheme == IdentifierScheme.VAT
        && !value.isEmpty()
        && Character.isDigit(value.charAt(0))
        && country != null) {
      value = VatNumbers.prefixOf(country) + value;
    }
    Optional<Breach> problem = problem(scheme, value, country);
    if (problem.isPresent()) {
      Enum<?> label =
          scheme == IdentifierScheme.ORGANIZATION_NUMBER
              ? OrganizationNumbers.label(country)
              : scheme;
      throw invalid(scheme.input(), Rule.IDENTIFIER_INVALID, label, raw.strip(), problem.get());
    }
    return new Identifier(scheme, value);
  }

  /**
   * Normalized form without validation (for lookups and search): spaces, dots and dashes removed,
   * letters upper case (E_ADDRESS: the E-address key form, see {@link EAddress#key()}).
   */
  public static String normalize(IdentifierScheme scheme, String raw) {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(raw, "raw");
    if (scheme == IdentifierScheme.E_ADDRESS) {
      return EAddress.normalizeKey(raw);
    }
    return SEPARATORS.matcher(raw).replaceAll("").toUpperCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return scheme + ":" + value;
  }

  /** The problem with a normalized value under the scheme's rule, if any. */
  static Optional<Breach> problem(IdentifierScheme scheme, String value, String country) {
    return switch (scheme) {
      case ORGANIZATION_NUMBER -> OrganizationNumbers.problem(country, value);
      case VAT -> VatNumbers.problem(value);
      case GLN ->
          OrganizationNumbers.hasDigits(value, 13)
              ? OrganizationNumbers.checkDigit(value, CheckDigits.gs1(CheckDigits.payload(value)))
              : Optional.of(Breach.of(Rule.DIGITS, 13));
      case OVT -> ovt(value);
      case IBAN -> Ibans.problem(value);
      case E_ADDRESS -> Optional.empty();
    };
  }

  private static Optional<Breach> ovt(String value) {
    var matcher = OVT_SHAPE.matcher(value);
    if (!matcher.matches()) {
      return Optional.of(Breach.of(Rule.OVT_SHAPE));
    }
    return OrganizationNumbers.finnish(matcher.group(1))
        .map(why -> Breach.of(Rule.BUSINESS_ID, why));
  }

  private static String country(IdentifierScheme scheme, String countryCode) {
    if (countryCode == null) {
      return null;
    }
    String country = countryCode.strip().toUpperCase(Locale.ROOT);
    if (!COUNTRY_CODE.matcher(country).matches()) {
      throw invalid(Input.COUNTRY_CODE, Rule.COUNTRY_CODE_SHAPE, countryCode, scheme);
    }
    return country;
  }

  /** An {@code INVALID_IDENTIFIER} error of one violation. */
  static ValidationException invalid(Input input, Rule rule, Object... arguments) {
    return new ValidationException(
        ErrorCode.INVALID_IDENTIFIER, Violation.of(input, rule, arguments));
  }
}
