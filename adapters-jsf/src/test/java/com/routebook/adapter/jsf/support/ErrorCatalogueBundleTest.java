package com.routebook.adapter.jsf.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.domain.ErrorTexts;
import com.routebook.domain.ExplanationCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * The screens can say every entry of the error catalogue, validation and routing explanations
 * included, in English and in Swedish, with every argument in its place.
 */
class ErrorCatalogueBundleTest {

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        Feedback.BUNDLE,
        locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  @Test
  void everyRoutingExplanationHasAnEnglishAndASwedishText() throws IOException {
    ResourceBundle english = bundle(Locale.ROOT);
    ResourceBundle swedish = swedishAlone();
    for (ExplanationCode code : ExplanationCode.values()) {
      String key = ErrorTexts.key(code);
      assertThat(english.containsKey(key)).as("English %s", key).isTrue();
      assertThat(swedish.containsKey(key)).as("Swedish %s", key).isTrue();
      if (code != ExplanationCode.PARTICIPANT && code != ExplanationCode.TEXT) {
        assertThat(swedish.getString(key))
            .as("Swedish %s", key)
            .isNotEqualTo(english.getString(key));
      }
    }
  }

  @Test
  void englishHasEveryTextOfTheCatalogue() {
    assertThat(bundle(Locale.ROOT).getLocale()).isEqualTo(Locale.ROOT);
    assertThat(ErrorTexts.gaps(bundle(Locale.ROOT))).isEmpty();
  }

  @Test
  void swedishHasEveryTextOfTheCatalogueItself() throws IOException {
    assertThat(ErrorTexts.gaps(swedishAlone())).isEmpty();
  }

  /** The Swedish file alone, without English to fall back on for a missing key. */
  private static ResourceBundle swedishAlone() throws IOException {
    try (InputStream in =
        ErrorCatalogueBundleTest.class.getResourceAsStream(
            "/com/routebook/adapter/jsf/messages_sv.properties")) {
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
  }
}
