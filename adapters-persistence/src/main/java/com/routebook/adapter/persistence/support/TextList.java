package com.routebook.adapter.persistence.support;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of strings stored in one text column as a JSON array of strings ({@code ["a","b"]}),
 * written and read here without a JSON library. Reads only what {@link #write} writes.
 */
public final class TextList {

  private TextList() {}

  /** The list as a JSON array of strings. */
  public static String write(List<String> values) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        json.append(',');
      }
      quote(values.get(i), json);
    }
    return json.append(']').toString();
  }

  /**
   * Appends text as a JSON string literal: runs without a character to escape are appended whole (a
   * document's path is a few sentences, written for every document of a batch).
   */
  public static void quote(String text, StringBuilder json) {
    json.append('"');
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      json.append(text, from, i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> json.append(String.format("\\u%04x", (int) c));
      }
      from = i + 1;
    }
    json.append(text, from, text.length()).append('"');
  }

  /** The list read back from {@link #write}'s form. */
  public static List<String> read(String json) {
    Reader reader = new Reader(json);
    List<String> values = reader.stringArray();
    reader.end();
    return values;
  }

  /**
   * A reader of the small JSON subset written by this module: strings, whole numbers, arrays and
   * objects, read piece by piece by the caller.
   */
  public static final class Reader {
    private final String json;
    private int at;

    public Reader(String json) {
      this.json = json;
    }

    /** Reads {@code [ "a", ... ]}. */
    public List<String> stringArray() {
      List<String> values = new ArrayList<>();
      expect('[');
      skipSpace();
      if (peek() == ']') {
        at++;
        return values;
      }
      while (true) {
        values.add(string());
        skipSpace();
        char c = next();
        if (c == ']') {
          return values;
        }
        if (c != ',') {
          throw error("expected , or ]");
        }
      }
    }

    /** Reads a string literal. */
    public String string() {
      expect('"');
      StringBuilder text = new StringBuilder();
      while (true) {
        char c = next();
        if (c == '"') {
          return text.toString();
        }
        if (c != '\\') {
          text.append(c);
          continue;
        }
        char escaped = next();
        switch (escaped) {
          case 'n' -> text.append('\n');
          case 'r' -> text.append('\r');
          case 't' -> text.append('\t');
          case 'u' -> {
            text.append((char) Integer.parseInt(json.substring(at, at + 4), 16));
            at += 4;
          }
          default -> text.append(escaped);
        }
      }
    }

    /** Reads a whole number ({@code -12}), which must fit an {@code int}. */
    public int integer() {
      skipSpace();
      int from = at;
      if (at < json.length() && json.charAt(at) == '-') {
        at++;
      }
      while (at < json.length() && Character.isDigit(json.charAt(at))) {
        at++;
      }
      try {
        return Integer.parseInt(json.substring(from, at));
      } catch (NumberFormatException notANumber) {
        throw error("expected a whole number");
      }
    }

    /** Reads the next non-blank character, which must be c. */
    public void expect(char c) {
      skipSpace();
      if (next() != c) {
        throw error("expected " + c);
      }
    }

    /** The next non-blank character, not consumed. */
    public char peek() {
      skipSpace();
      if (at >= json.length()) {
        throw error("unexpected end");
      }
      return json.charAt(at);
    }

    /** Checks that nothing but blanks is left. */
    public void end() {
      skipSpace();
      if (at != json.length()) {
        throw error("unexpected text after the value");
      }
    }

    private char next() {
      if (at >= json.length()) {
        throw error("unexpected end");
      }
      return json.charAt(at++);
    }

    private void skipSpace() {
      while (at < json.length() && Character.isWhitespace(json.charAt(at))) {
        at++;
      }
    }

    private IllegalStateException error(String what) {
      return new IllegalStateException("stored JSON " + what + " at " + at + ": " + json);
    }
  }
}
