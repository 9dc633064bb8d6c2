package com.routebook.domain.identifier;

import com.routebook.domain.Breach;
import com.routebook.domain.Rule;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Value rules of the Peppol schemes: our check-digit rules where they apply, else the list's RegEx.
 */
final class EAddressRules {

  private static final Pattern VAT_SCHEME = Pattern.compile("[A-Z]{2}:VAT");
  private static final Pattern LEGACY_OVT =
      Pattern.compile("(?:0037)?(\\d{7})-?(\\d)[0-9A-Z]{0,5}");
  private static final Pattern LEI = Pattern.compile("[A-Z0-9]{18}\\d{2}");

  private EAddressRules() {}

  static Optional<Breach> problem(PeppolScheme scheme, String value) {
    String upper = value.toUpperCase(Locale.ROOT);
    return switch (scheme.icd()) {
      case "0002" -> regex(scheme, upper).or(() -> luhn(upper));
      case "0007" -> OrganizationNumbers.swedish(upper);
      case "0088" -> Identifier.problem(IdentifierScheme.GLN, upper, null);
      case "0192", "9908" -> OrganizationNumbers.norwegian(upper);
      case "0184", "9902", "0208", "9956" ->
          regex(scheme, upper).or(() -> OrganizationNumbers.problem(scheme.country(), upper));
      case "0198", "9904", "0211", "9912" -> VatNumbers.problem(upper);
      case "0183" -> VatNumbers.problem(upper.startsWith("CHE") ? upper : "CHE" + upper);
      case "0199" -> lei(upper);
      case "0212" -> OrganizationNumbers.finnish(upper.replace("-", ""));
      case "0216" -> Identifier.problem(IdentifierScheme.OVT, upper, null);
      case "0037" -> legacyOvt(upper);
      case "9918" -> Ibans.problem(upper);
      default -> countryVat(scheme, upper).orElseGet(() -> regex(scheme, upper));
    };
  }

  /** A country's VAT scheme (e.g. 9930 DE:VAT) takes the number with or without its prefix. */
  private static Optional<Optional<Breach>> countryVat(PeppolScheme scheme, String value) {
    String prefix = VatNumbers.prefixOf(scheme.country());
    if (!VAT_SCHEME.matcher(scheme.schemeId()).matches() || !VatNumbers.knows(prefix)) {
      return Optional.empty();
    }
    return Optional.of(VatNumbers.problem(value.startsWith(prefix) ? value : prefix + value));
  }

  private static Optional<Breach> regex(PeppolScheme scheme, String value) {
    return scheme
        .valueRegex()
        .filter(regex -> !regex.matcher(value).matches())
        .map(regex -> Breach.of(Rule.SCHEME_PATTERN, regex.pattern(), scheme.toString()));
  }

  private static Optional<Breach> luhn(String digits) {
    return OrganizationNumbers.checkDigit(digits, CheckDigits.luhn(CheckDigits.payload(digits)));
  }

  private static Optional<Breach> lei(String value) {
    if (!LEI.matcher(value).matches()) {
      return Optional.of(Breach.of(Rule.LEI_SHAPE));
    }
    return CheckDigits.mod97(value) == 1
        ? Optional.empty()
        : Optional.of(Breach.of(Rule.LEI_CHECK_DIGITS));
  }

  /** FI:OVT (0037): optional 0037, the business id with or without its dash, up to 5 more. */
  private static Optional<Breach> legacyOvt(String value) {
    Matcher matcher = LEGACY_OVT.matcher(value);
    if (!matcher.matches()) {
      return Optional.of(Breach.of(Rule.LEGACY_OVT_SHAPE));
    }
    return OrganizationNumbers.finnish(matcher.group(1) + matcher.group(2));
  }
}
