package com.routebook.adapter.persistence.transfer;

import com.routebook.domain.Breach;
import com.routebook.domain.Input;
import com.routebook.domain.Rule;
import com.routebook.domain.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * An import row's violations as stored text, read back exactly: each value is written with its kind
 * and length ({@code s5:hello}), so no character needs escaping. Arguments keep their kind: text,
 * whole numbers (int, long), enums of the domain, nested breaches; any other value is kept as its
 * text.
 */
final class ViolationText {

  private ViolationText() {}

  static String write(List<Violation> violations) {
    if (violations.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (Violation violation : violations) {
      token(out, 's', violation.input().name());
      token(out, 's', violation.item() == null ? "" : violation.item().toString());
      breach(out, violation.breach());
    }
    return out.toString();
  }

  private static void breach(StringBuilder out, Breach breach) {
    token(out, 's', breach.rule().name());
    token(out, 's', Integer.toString(breach.arguments().size()));
    for (Object argument : breach.arguments()) {
      if (argument instanceof Breach nested) {
        out.append('b');
        breach(out, nested);
      } else if (argument instanceof Integer number) {
        token(out, 'i', number.toString());
      } else if (argument instanceof Long number) {
        token(out, 'l', number.toString());
      } else if (argument instanceof Enum<?> constant) {
        token(out, 'e', constant.getDeclaringClass().getName() + "#" + constant.name());
      } else {
        token(out, 's', String.valueOf(argument));
      }
    }
  }

  private static void token(StringBuilder out, char kind, String text) {
    out.append(kind).append(text.length()).append(':').append(text);
  }

  static List<Violation> read(String text) {
    List<Violation> violations = new ArrayList<>();
    if (text == null) {
      return violations;
    }
    Cursor cursor = new Cursor(text);
    while (!cursor.atEnd()) {
      Input input = Input.valueOf(cursor.token('s'));
      String item = cursor.token('s');
      violations.add(
          new Violation(input, item.isEmpty() ? null : Integer.valueOf(item), breach(cursor)));
    }
    return violations;
  }

  private static Breach breach(Cursor cursor) {
    Rule rule = Rule.valueOf(cursor.token('s'));
    int count = Integer.parseInt(cursor.token('s'));
    Object[] arguments = new Object[count];
    for (int i = 0; i < count; i++) {
      char kind = cursor.peek();
      if (kind == 'b') {
        cursor.skip();
        arguments[i] = breach(cursor);
      } else {
        String value = cursor.token(kind);
        arguments[i] =
            switch (kind) {
              case 'i' -> Integer.valueOf(value);
              case 'l' -> Long.valueOf(value);
              case 'e' -> constant(value);
              default -> value;
            };
      }
    }
    return Breach.of(rule, arguments);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object constant(String value) {
    int hash = value.indexOf('#');
    try {
      Class<? extends Enum> type = (Class<? extends Enum>) Class.forName(value.substring(0, hash));
      return Enum.valueOf(type, value.substring(hash + 1));
    } catch (ClassNotFoundException e) {
      return value.substring(hash + 1);
    }
  }

  /** Reads tokens in order. */
  private static final class Cursor {
    private final String text;
    private int at;

    Cursor(String text) {
      this.text = text;
    }

    boolean atEnd() {
      return at >= text.length();
    }

    char peek() {
      return text.charAt(at);
    }

    void skip() {
      at++;
    }

    String token(char kind) {
      if (text.charAt(at) != kind) {
        throw new IllegalStateException("expected " + kind + " at " + at + " in " + text);
      }
      int colon = text.indexOf(':', at);
      int length = Integer.parseInt(text.substring(at + 1, colon));
      at = colon + 1 + length;
      return text.substring(colon + 1, at);
    }
  }
}
