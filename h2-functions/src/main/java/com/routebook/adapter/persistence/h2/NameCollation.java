package com.routebook.adapter.persistence.h2;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names ordered in a language on H2, which has no collation per expression: {@code ORDER BY
 * NAME_KEY('sv', name)} orders exactly as {@link Collator} of that language with case ignored
 * (strength secondary: Swedish Å, Ä, Ö after Z; "alfa" before "Beta"). The key is the collation
 * key's bytes in hexadecimal, two digits a byte, so that H2's comparison of texts (code point by
 * code point) is the collator's comparison of the keys.
 *
 * <p>H2 calls it through {@code CREATE ALIAS NAME_KEY FOR
 * 'com.routebook.adapter.persistence.h2.NameCollation.key'} (migration V15 on H2).
 */
public final class NameCollation {

  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final Map<String, Collator> COLLATORS = new ConcurrentHashMap<>();

  private NameCollation() {}

  /**
   * The sort key of the name in the language (a BCP 47 tag such as {@code sv} or {@code en-GB});
   * {@code null} for no name.
   */
  public static String key(String language, String name) {
    if (name == null) {
      return null;
    }
    CollationKey key = collator(language).getCollationKey(name);
    byte[] bytes = key.toByteArray();
    char[] hex = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      hex[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
      hex[2 * i + 1] = HEX[bytes[i] & 0xf];
    }
    return new String(hex);
  }

  /** The language's collator, case ignored; a shared one per language (its methods lock). */
  static Collator collator(String language) {
    String tag = language == null || language.isBlank() ? "und" : language.strip();
    return COLLATORS.computeIfAbsent(
        tag.toLowerCase(Locale.ROOT),
        t -> {
          Collator collator = Collator.getInstance(Locale.forLanguageTag(t));
          collator.setStrength(Collator.SECONDARY);
          return collator;
        });
  }
}
