package com.routebook.domain.identifier;

import com.routebook.domain.Explanation;
import com.routebook.domain.ExplanationCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One entry of the OpenPeppol participant identifier scheme list (version 9.7), shipped as a
 * resource next to this class and read once when the class is initialized.
 */
public record PeppolScheme(
    String icd,
    String schemeId,
    String country,
    String name,
    State state,
    String validationRules,
    String usage) {

  /** Whether a scheme may still be used. */
  public enum State {
    ACTIVE,
    DEPRECATED,
    REMOVED
  }

  static final String RESOURCE = "peppol-participant-identifier-schemes-9.7.xml";

  private static final Pattern ENTRY =
      Pattern.compile(
          "<participant-identifier-scheme\\s([^>]*)>(.*?)</participant-identifier-scheme>",
          Pattern.DOTALL);
  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)=\"([^\"]*)\"");
  private static final Pattern ENTRY_COUNT = Pattern.compile("entry-count=\"(\\d+)\"");
  private static final Pattern ENTITY =
      Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);");
  private static final Pattern REGEX_LINE = Pattern.compile("(?m)^\\s*RegEx:\\s*(\\S+)");
  private static final Pattern SUCCESSOR =
      Pattern.compile("(?i)\\b(?:use|in favour of|replaced by)\\s+(\\d{4})\\b");

  /**
   * Successors the list's usage notes do not name, from OpenPeppol's migration notices (for example
   * FI:OVT 0037 to FI:OVT2 0216).
   */
  private static final Map<String, String> KNOWN_SUCCESSORS =
      Map.of(
          "0037", "0216", "9902", "0184", "9904", "0198", "9906", "0211", "9907", "0210", "9955",
          "0007", "9956", "0208");

  private static final Map<String, PeppolScheme> BY_ICD = load();

  public PeppolScheme {
    if (icd == null || !icd.matches("\\d{4}")) {
      throw new IllegalArgumentException("an ICD has 4 digits: " + icd);
    }
    if (state == null) {
      throw new IllegalArgumentException("state of scheme " + icd + " is missing");
    }
  }

  /** Every scheme of the list, in the list's order. */
  public static List<PeppolScheme> all() {
    return List.copyOf(BY_ICD.values());
  }

  /** The scheme with this ICD code, if the list has one. */
  public static Optional<PeppolScheme> byIcd(String icd) {
    return Optional.ofNullable(BY_ICD.get(icd));
  }

  /** The scheme that replaces this one, when the list (or a migration notice) names it. */
  public Optional<String> successor() {
    Matcher matcher = SUCCESSOR.matcher(usage);
    if (matcher.find()) {
      return Optional.of(matcher.group(1));
    }
    return Optional.ofNullable(KNOWN_SUCCESSORS.get(icd));
  }

  /** The first "RegEx:" of the validation rules, when there is one and Java can compile it. */
  public Optional<Pattern> valueRegex() {
    Matcher matcher = REGEX_LINE.matcher(validationRules);
    if (!matcher.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Pattern.compile(matcher.group(1), Pattern.CASE_INSENSITIVE));
    } catch (PatternSyntaxException notJava) {
      return Optional.empty();
    }
  }

  /**
   * The warning for a deprecated or removed scheme, naming its ICD and id and, when known, the
   * scheme to use instead (e.g. 0037, FI:OVT, removed: use 0216).
   */
  public Optional<Explanation> warning() {
    if (state == State.ACTIVE) {
      return Optional.empty();
    }
    boolean removed = state == State.REMOVED;
    String id = String.valueOf(schemeId);
    Optional<String> next = successor();
    if (next.isPresent()) {
      ExplanationCode code =
          removed
              ? ExplanationCode.SCHEME_REMOVED_REPLACED
              : ExplanationCode.SCHEME_DEPRECATED_REPLACED;
      return Optional.of(Explanation.of(code, icd, id, next.get()));
    }
    ExplanationCode code =
        removed ? ExplanationCode.SCHEME_REMOVED : ExplanationCode.SCHEME_DEPRECATED;
    return Optional.of(Explanation.of(code, icd, id));
  }

  @Override
  public String toString() {
    return icd + " (" + schemeId + ")";
  }

  private static Map<String, PeppolScheme> load() {
    try (InputStream in = PeppolScheme.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing");
      }
      return index(read(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, PeppolScheme> index(List<PeppolScheme> schemes) {
    Map<String, PeppolScheme> byIcd = new LinkedHashMap<>();
    for (PeppolScheme scheme : schemes) {
      if (byIcd.put(scheme.icd(), scheme) != null) {
        throw new IllegalStateException("ICD " + scheme.icd() + " is listed twice");
      }
    }
    return byIcd;
  }

  /** Reads the schemes of a code-list document; fails when it holds fewer than it declares. */
  static List<PeppolScheme> read(String xml) {
    List<PeppolScheme> schemes = new ArrayList<>();
    Matcher entry = ENTRY.matcher(xml);
    while (entry.find()) {
      Map<String, String> attributes = attributes(entry.group(1));
      String body = entry.group(2);
      schemes.add(
          new PeppolScheme(
              attributes.get("iso6523"),
              attributes.getOrDefault("schemeid", ""),
              attributes.getOrDefault("country", ""),
              attributes.getOrDefault("scheme-name", ""),
              State.valueOf(attributes.getOrDefault("state", "").toUpperCase(Locale.ROOT)),
              element(body, "validation-rules"),
              element(body, "usage")));
    }
    Matcher count = ENTRY_COUNT.matcher(xml);
    if (!count.find() || Integer.parseInt(count.group(1)) != schemes.size()) {
      throw new IllegalStateException(
          "the scheme list declares another number of entries than the "
              + schemes.size()
              + " read");
    }
    return schemes;
  }

  private static Map<String, String> attributes(String text) {
    Map<String, String> attributes = new HashMap<>();
    Matcher matcher = ATTRIBUTE.matcher(text);
    while (matcher.find()) {
      attributes.put(matcher.group(1), decode(matcher.group(2)));
    }
    return attributes;
  }

  private static String element(String body, String name) {
    Matcher matcher =
        Pattern.compile("<" + name + ">(.*?)</" + name + ">", Pattern.DOTALL).matcher(body);
    return matcher.find() ? decode(matcher.group(1)) : "";
  }

  /** Decodes the five predefined XML entities and character references. */
  static String decode(String text) {
    Matcher matcher = ENTITY.matcher(text);
    StringBuilder decoded = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(decoded, Matcher.quoteReplacement(character(matcher.group(1))));
    }
    matcher.appendTail(decoded);
    return decoded.toString();
  }

  private static String character(String entity) {
    return switch (entity) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos" -> "'";
      default ->
          Character.toString(
              entity.startsWith("#x")
                  ? Integer.parseInt(entity.substring(2), 16)
                  : Integer.parseInt(entity.substring(1)));
    };
  }
}
