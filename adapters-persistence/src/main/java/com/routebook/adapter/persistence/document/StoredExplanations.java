package com.routebook.adapter.persistence.document;

import com.routebook.adapter.persistence.support.TextList;
import com.routebook.domain.ErrorTexts;
import com.routebook.domain.Explanation;
import com.routebook.domain.ExplanationCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The explanations of a decision (its path, its warnings) as one JSON array in a text column.
 *
 * <p>An explanation is an object {@code {"code":"ROUTED","arguments":[...]}}; an argument is a
 * string, a whole number, a domain enum as {@code {"named":"MatchedBy.GLN"}}, an explanation, or an
 * array of those. A {@code TEXT} explanation of the list is a plain string, which is also how rows
 * written before the catalogue hold their English sentences: they load as texts and are shown as
 * they were. An entry whose code or named enum has left the catalogue loads as a text naming it
 * with its arguments, never as a failure.
 */
final class StoredExplanations {

  private StoredExplanations() {}

  /** The explanations as a JSON array. */
  static String write(List<Explanation> explanations) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < explanations.size(); i++) {
      if (i > 0) {
        json.append(',');
      }
      Explanation explanation = explanations.get(i);
      if (explanation.code() == ExplanationCode.TEXT) {
        TextList.quote((String) explanation.arguments().get(0), json);
      } else {
        write(explanation, json);
      }
    }
    return json.append(']').toString();
  }

  private static void write(Explanation explanation, StringBuilder json) {
    json.append("{\"code\":\"").append(explanation.code().name()).append("\",\"arguments\":");
    writeArgument(explanation.arguments(), json);
    json.append('}');
  }

  private static void writeArgument(Object argument, StringBuilder json) {
    if (argument instanceof String text) {
      TextList.quote(text, json);
    } else if (argument instanceof Integer number) {
      json.append(number.intValue());
    } else if (argument instanceof Enum<?> constant) {
      json.append("{\"named\":\"").append(ErrorTexts.key(constant)).append("\"}");
    } else if (argument instanceof Explanation explanation) {
      write(explanation, json);
    } else {
      List<?> items = (List<?>) argument;
      json.append('[');
      for (int i = 0; i < items.size(); i++) {
        if (i > 0) {
          json.append(',');
        }
        writeArgument(items.get(i), json);
      }
      json.append(']');
    }
  }

  /** The explanations read back from {@link #write}'s form, or from an old array of sentences. */
  static List<Explanation> read(String json) {
    TextList.Reader reader = new TextList.Reader(json);
    List<Object> entries = array(reader);
    reader.end();
    List<Explanation> explanations = new ArrayList<>(entries.size());
    for (Object entry : entries) {
      explanations.add(entry instanceof Explanation e ? e : Explanation.text(shown(entry)));
    }
    return explanations;
  }

  /** A stored value: text, number, array, or an object (an explanation or a named enum). */
  private static Object value(TextList.Reader reader) {
    char next = reader.peek();
    if (next == '"') {
      return reader.string();
    }
    if (next == '[') {
      return array(reader);
    }
    if (next == '{') {
      return object(reader);
    }
    return reader.integer();
  }

  private static List<Object> array(TextList.Reader reader) {
    List<Object> items = new ArrayList<>();
    reader.expect('[');
    if (reader.peek() == ']') {
      reader.expect(']');
      return items;
    }
    while (true) {
      items.add(value(reader));
      if (reader.peek() == ']') {
        reader.expect(']');
        return items;
      }
      reader.expect(',');
    }
  }

  /**
   * An explanation ({@code code} and {@code arguments}) or a named enum ({@code named}); what the
   * catalogue no longer knows becomes a text naming it.
   */
  private static Object object(TextList.Reader reader) {
    String code = null;
    String named = null;
    List<Object> arguments = List.of();
    reader.expect('{');
    while (reader.peek() != '}') {
      String member = reader.string();
      reader.expect(':');
      Object value = value(reader);
      switch (member) {
        case "code" -> code = (String) value;
        case "named" -> named = (String) value;
        case "arguments" -> arguments = asList(value);
        default -> {
          // a member a later version may add: ignored
        }
      }
      if (reader.peek() == ',') {
        reader.expect(',');
      }
    }
    reader.expect('}');
    if (named != null) {
      Optional<Enum<?>> constant = ErrorTexts.named(named);
      return constant.isPresent() ? constant.get() : named;
    }
    return explanation(code, arguments);
  }

  private static Object explanation(String code, List<Object> arguments) {
    Optional<ExplanationCode> known = known(code);
    if (known.isPresent()) {
      try {
        return new Explanation(known.get(), arguments);
      } catch (IllegalArgumentException unreadable) {
        // arguments the code no longer takes: shown as text below
      }
    }
    return Explanation.text(code + (arguments.isEmpty() ? "" : shown(arguments)));
  }

  private static Optional<ExplanationCode> known(String code) {
    for (ExplanationCode candidate : ExplanationCode.values()) {
      if (candidate.name().equals(code)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  @SuppressWarnings("unchecked")
  private static List<Object> asList(Object value) {
    return value instanceof List<?> ? (List<Object>) value : List.of(value);
  }

  /** A stored value as a person reads it when the catalogue cannot: texts as they are. */
  private static String shown(Object value) {
    if (value instanceof Explanation explanation && explanation.code() == ExplanationCode.TEXT) {
      return (String) explanation.arguments().get(0);
    }
    return String.valueOf(value);
  }
}
