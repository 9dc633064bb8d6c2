package com.routebook.adapter.jsf.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.domain.ErrorTexts;
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
  void englishHasEveryTextOfTheCatalogue() {
    assertThat(bundle(Locale.ROOT).getLocale()).isEqualTo(Locale.ROOT);
    assertThat(ErrorTexts.gaps(bundle(Locale.ROOT))).isEmpty();
  }

  @Test
  void swedishHasEveryTextOfTheCatalogueItself() throws IOException {
    // the Swedish file alone, without English to fall back on for a missing key
    try (InputStream in =
        ErrorCatalogueBundleTest.class.getResourceAsStream(
            "/com/routebook/adapter/jsf/messages_sv.properties")) {
      ResourceBundle swedish =
          new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
      assertThat(ErrorTexts.gaps(swedish)).isEmpty();
    }
  }
}
