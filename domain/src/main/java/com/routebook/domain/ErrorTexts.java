package com.routebook.domain;

import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.identifier.IdentifierScheme;
import com.routebook.domain.identifier.OrganizationNumberRule;
import com.routebook.domain.identifier.VatShape;
import com.routebook.domain.participant.ParticipantStatus;
import com.routebook.domain.routing.MatchedBy;
import com.routebook.domain.routing.StopReason;
import com.routebook.domain.tenant.Role;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Renders entries of the catalogue in the language of an adapter's bundle, which holds every text:
 * {@code error.<ErrorCode>} for an error with arguments, {@code rule.<Rule>} for a broken rule,
 * {@code explanation.<ExplanationCode>} for an explanation (a routing step, a warning), {@code
 * <EnumType>.<CONSTANT>} for a domain enum given as an argument (a scheme, a role, a reference
 * kind), {@link #ITEM} and {@link #SEVERAL} to place a violation of an item and to sum up several.
 * Patterns are {@link MessageFormat}s; arguments are rendered first (a {@link Breach} or an {@link
 * Explanation} as its text, an enum by its key, a collection joined by commas, anything else as
 * {@link String#valueOf}).
 */
public final class ErrorTexts {

  /** Key of a violation of one item: {0} the 1-based position, {1} the text. */
  public static final String ITEM = "violation.item";

  /** Key of several violations: {0} their number, {1} the first one's text. */
  public static final String SEVERAL = "violation.several";

  /** The domain enums that errors and explanations give as arguments, which a bundle names. */
  public static final List<Class<? extends Enum<?>>> NAMED =
      List.of(
          IdentifierScheme.class,
          OrganizationNumberRule.class,
          VatShape.class,
          Role.class,
          MatchedBy.class,
          CustomerState.class,
          ParticipantStatus.class);

  /** Stands for a key the bundle lacks among the parsed patterns. */
  private static final Parsed MISSING = new Parsed(null, null);

  /** The keys of the explanations' texts, made once: a batch renders several per document. */
  private static final Map<ExplanationCode, String> EXPLANATION_KEYS =
      new EnumMap<>(ExplanationCode.class);

  static {
    for (ExplanationCode code : ExplanationCode.values()) {
      EXPLANATION_KEYS.put(code, "explanation." + code.name());
    }
  }

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");

  private final ResourceBundle bundle;
  private final Locale locale;

  /** Parsed patterns by key. */
  private final Map<String, Parsed> formats = new ConcurrentHashMap<>();

  public ErrorTexts(ResourceBundle bundle, Locale locale) {
    this.bundle = bundle;
    this.locale = locale;
  }

  /**
   * What a bundle lacks to render the whole catalogue: a line per missing text, or per text with a
   * placeholder no argument fills (arguments are {@code {0}} to {@code {n-1}}; a language may leave
   * one out). Empty when complete. Stop messages ({@code stop.<StopReason>}) take the document id.
   */
  public static List<String> gaps(ResourceBundle bundle) {
    List<String> gaps = new ArrayList<>();
    check(bundle, ITEM, 2, gaps);
    check(bundle, SEVERAL, 2, gaps);
    for (ErrorCode code : ErrorCode.values()) {
      if (!code.validation()) {
        check(bundle, key(code), code.arity(), gaps);
      }
    }
    for (Rule rule : Rule.values()) {
      check(bundle, key(rule), rule.arity(), gaps);
    }
    for (Class<? extends Enum<?>> type : NAMED) {
      for (Enum<?> constant : type.getEnumConstants()) {
        check(bundle, key(constant), 0, gaps);
      }
    }
    for (ExplanationCode code : ExplanationCode.values()) {
      check(bundle, key(code), code.arity(), gaps);
    }
    for (StopReason reason : StopReason.values()) {
      check(bundle, "stop." + reason.name(), 1, gaps);
    }
    return gaps;
  }

  private static void check(ResourceBundle bundle, String key, int arity, List<String> gaps) {
    if (!bundle.containsKey(key)) {
      gaps.add(key + ": missing");
      return;
    }
    Set<Integer> used = new TreeSet<>();
    Matcher placeholder = PLACEHOLDER.matcher(bundle.getString(key));
    while (placeholder.find()) {
      used.add(Integer.parseInt(placeholder.group(1)));
    }
    Set<Integer> wanted = IntStream.range(0, arity).boxed().collect(Collectors.toSet());
    if (!wanted.containsAll(used)) {
      gaps.add(key + ": placeholders " + used + ", arguments " + wanted);
    }
  }

  /** The key of an error code's text. */
  public static String key(ErrorCode code) {
    return "error." + code.name();
  }

  /** The key of a rule's text. */
  public static String key(Rule rule) {
    return "rule." + rule.name();
  }

  /** The key of an explanation's text. */
  public static String key(ExplanationCode code) {
    return EXPLANATION_KEYS.get(code);
  }

  /** The key of a domain enum's name, e.g. {@code IdentifierScheme.VAT}. */
  public static String key(Enum<?> constant) {
    return constant.getDeclaringClass().getSimpleName() + "." + constant.name();
  }

  /** The constant of a {@link #NAMED} enum whose {@link #key(Enum)} this is, if any. */
  public static Optional<Enum<?>> named(String key) {
    for (Class<? extends Enum<?>> type : NAMED) {
      for (Enum<?> constant : type.getEnumConstants()) {
        if (key(constant).equals(key)) {
          return Optional.of(constant);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * What went wrong, in one sentence: the violation of a validation error (or how many there are
   * and the first), else the code's text.
   */
  public String detail(DomainException error) {
    if (error instanceof ValidationException invalid) {
      List<Violation> violations = invalid.violations();
      String first = message(violations.get(0));
      return violations.size() == 1 ? first : format(SEVERAL, violations.size(), first);
    }
    return format(key(error.code()), error.arguments().toArray());
  }

  /** The text of a violation, preceded by its item's position when it concerns one item. */
  public String message(Violation violation) {
    String text = text(violation.breach());
    return violation.item() == null ? text : format(ITEM, violation.item() + 1, text);
  }

  /** The text of a broken rule. */
  public String text(Breach breach) {
    return format(key(breach.rule()), breach.arguments().toArray());
  }

  /** The text of an explanation. */
  public String text(Explanation explanation) {
    return format(key(explanation.code()), explanation.arguments().toArray());
  }

  /** The texts of explanations, in order. */
  public List<String> texts(List<Explanation> explanations) {
    List<String> texts = new ArrayList<>(explanations.size());
    for (Explanation explanation : explanations) {
      texts.add(text(explanation));
    }
    return texts;
  }

  /** The text of a domain enum. */
  public String name(Enum<?> constant) {
    return render(constant);
  }

  /**
   * The bundle's pattern for key, formatted with the arguments rendered; a missing key gives the
   * key and its arguments, never a failure.
   */
  public String format(String key, Object... arguments) {
    Object[] rendered = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      rendered[i] = render(arguments[i]);
    }
    Parsed parsed = formats.computeIfAbsent(key, this::parse);
    if (parsed == MISSING) {
      return key + (arguments.length == 0 ? "" : List.of(rendered).toString());
    }
    if (parsed.template() != null) {
      return parsed.template().format(rendered);
    }
    return ((MessageFormat) parsed.format().clone()).format(rendered);
  }

  private Parsed parse(String key) {
    String pattern = pattern(key);
    if (pattern == null) {
      return MISSING;
    }
    MessageFormat format = new MessageFormat(pattern, locale);
    return new Parsed(format, Template.of(format));
  }

  /** A pattern as MessageFormat parsed it, and as a template when it has only plain places. */
  private record Parsed(MessageFormat format, Template template) {}

  /**
   * A pattern of plain places ({@code {0}}, no {@code {0,number}}) split into its literal texts and
   * places. Formatting one joins strings: no clone of the MessageFormat and no walk of its
   * sub-formats per call (in a batch of 10,000 documents MessageFormat took an eighth of the
   * server's time). MessageFormat itself splits the pattern, so its quoting rules hold.
   */
  static final class Template {

    private static final char MARK = (char) 0;

    private final String[] literals;
    private final int[] places;

    private Template(String[] literals, int[] places) {
      this.literals = literals;
      this.places = places;
    }

    /** The template of a format, or null when a place has a sub-format (a number, a date). */
    static Template of(MessageFormat format) {
      Format[] subformats = format.getFormatsByArgumentIndex();
      Object[] marks = new Object[subformats.length];
      for (int i = 0; i < subformats.length; i++) {
        if (subformats[i] != null) {
          return null;
        }
        marks[i] = MARK + Integer.toString(i) + MARK;
      }
      String marked = ((MessageFormat) format.clone()).format(marks);
      List<String> literals = new ArrayList<>();
      List<Integer> places = new ArrayList<>();
      int from = 0;
      int start = marked.indexOf(MARK);
      while (start >= 0) {
        int end = marked.indexOf(MARK, start + 1);
        literals.add(marked.substring(from, start));
        places.add(Integer.parseInt(marked.substring(start + 1, end)));
        from = end + 1;
        start = marked.indexOf(MARK, from);
      }
      literals.add(marked.substring(from));
      return new Template(
          literals.toArray(String[]::new), places.stream().mapToInt(Integer::intValue).toArray());
    }

    /** As MessageFormat formats: a place without its argument stays as {@code {n}}. */
    String format(Object[] arguments) {
      StringBuilder text = new StringBuilder(literals[0]);
      for (int i = 0; i < places.length; i++) {
        int place = places[i];
        if (place < arguments.length) {
          text.append(arguments[place]);
        } else {
          text.append('{').append(place).append('}');
        }
        text.append(literals[i + 1]);
      }
      return text.toString();
    }
  }

  private String render(Object argument) {
    if (argument instanceof Breach breach) {
      return text(breach);
    }
    if (argument instanceof Explanation explanation) {
      return text(explanation);
    }
    if (argument instanceof Enum<?> constant) {
      String name = pattern(key(constant));
      return name == null ? constant.name() : name;
    }
    if (argument instanceof Collection<?> items) {
      return items.stream().map(this::render).collect(Collectors.joining(", "));
    }
    return String.valueOf(argument);
  }

  private String pattern(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException missing) {
      return null;
    }
  }
}
