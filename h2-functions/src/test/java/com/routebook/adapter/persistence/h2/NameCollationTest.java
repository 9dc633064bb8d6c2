package com.routebook.adapter.persistence.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NameCollationTest {

  private static final List<String> NAMES =
      List.of(
          "\u00d6stra AB",
          "\u00c4rla AB",
          "\u00c5by AB",
          "Zeta AB",
          "alfa AB",
          "Beta AB",
          "Stra\u00dfe AB",
          "Strazza AB",
          "Al Zeta AB",
          "Alfa-Beta AB",
          "\u00c9clair AB",
          "eclair AB",
          "M\u00fcller AB",
          "Mylla AB",
          "10 Ten AB",
          "9 Nine AB");

  private static List<String> byKeys(String language) {
    return NAMES.stream()
        .sorted(Comparator.comparing((String name) -> NameCollation.key(language, name)))
        .toList();
  }

  private static List<String> byCollator(Locale locale) {
    Collator collator = Collator.getInstance(locale);
    collator.setStrength(Collator.SECONDARY);
    return NAMES.stream().sorted(collator).toList();
  }

  @Test
  void keys_compared_as_text_order_names_exactly_as_the_languages_collator() {
    assertThat(byKeys("sv")).isEqualTo(byCollator(Locale.forLanguageTag("sv")));
    assertThat(byKeys("en")).isEqualTo(byCollator(Locale.ENGLISH));
    assertThat(byKeys("und")).isEqualTo(byCollator(Locale.ROOT));
  }

  @Test
  void swedish_puts_a_ring_a_umlaut_and_o_umlaut_after_z_and_english_among_a_and_o() {
    List<String> six = List.of("\u00d6stra", "\u00c4rla", "\u00c5by", "Zeta", "alfa", "Beta");
    assertThat(six.stream().sorted(Comparator.comparing(n -> NameCollation.key("sv", n))))
        .containsExactly("alfa", "Beta", "Zeta", "\u00c5by", "\u00c4rla", "\u00d6stra");
    assertThat(six.stream().sorted(Comparator.comparing(n -> NameCollation.key("en", n))))
        .containsExactly("\u00c5by", "alfa", "\u00c4rla", "Beta", "\u00d6stra", "Zeta");
  }

  @Test
  void case_is_ignored_no_name_has_no_key_and_no_language_is_the_root_order() {
    assertThat(NameCollation.key("sv", "ALFA")).isEqualTo(NameCollation.key("sv", "alfa"));
    assertThat(NameCollation.key("sv", "\u00e5by")).isNotEqualTo(NameCollation.key("sv", "aby"));
    assertThat(NameCollation.key("sv", null)).isNull();
    assertThat(NameCollation.key(null, "Zeta")).isEqualTo(NameCollation.key("und", "Zeta"));
    assertThat(NameCollation.key(" ", "Zeta")).isEqualTo(NameCollation.key("und", "Zeta"));
    assertThat(NameCollation.key("SV", "\u00c5by")).isEqualTo(NameCollation.key("sv", "\u00c5by"));
  }
}
