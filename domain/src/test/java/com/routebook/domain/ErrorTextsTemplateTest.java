package com.routebook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A template formats every pattern of plain places exactly as MessageFormat does. */
class ErrorTextsTemplateTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "no places at all",
        "",
        "{0}",
        "{0}{1}",
        "Customer number {0} matched {1}.",
        "{1} before {0}, and {0} again",
        "the customer''s number {0}",
        "quoted '{0}' is literal, {0} is not",
        "'{'{0}'}' in braces",
        "it''s '''quoted''' {1}",
        "Kundnummer {0} hör till {1}: åäö ÅÄÖ",
        "{0} and {3}, where {3} has no argument"
      })
  void formats_as_message_format_does(String pattern) {
    MessageFormat format = new MessageFormat(pattern, Locale.ENGLISH);
    Object[] arguments = {"N-1", "Acme's {x}", "third"};

    ErrorTexts.Template template = ErrorTexts.Template.of(format);

    assertThat(template).isNotNull();
    assertThat(template.format(arguments)).isEqualTo(format.format(arguments));
    assertThat(template.format(new Object[0])).isEqualTo(format.format(new Object[0]));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{0,number} documents", "{0} on {1,date}", "{0,choice,0#none|1#one}"})
  void leaves_a_place_with_a_sub_format_to_message_format(String pattern) {
    assertThat(ErrorTexts.Template.of(new MessageFormat(pattern, Locale.ENGLISH))).isNull();
  }
}
