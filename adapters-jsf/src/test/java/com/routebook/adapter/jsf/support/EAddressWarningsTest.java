package com.routebook.adapter.jsf.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class EAddressWarningsTest {

  private final EAddressWarnings english = new EAddressWarnings(new RecordingFeedback());
  private final EAddressWarnings swedish =
      new EAddressWarnings(new RecordingFeedback(Locale.forLanguageTag("sv")));

  @Test
  void a_removed_scheme_is_warned_of_in_the_views_language_stored_or_as_sent() {
    assertThat(english.of("0037:003701120389"))
        .containsExactly("Scheme 0037 (FI:OVT) has been removed; use 0216.");
    assertThat(english.sent(" iso6523-actorid-upis::0037:003701120389"))
        .containsExactly("Scheme 0037 (FI:OVT) has been removed; use 0216.");
    assertThat(swedish.sent("0037:003701120389"))
        .containsExactly("Schemat 0037 (FI:OVT) har tagits bort; anv\u00e4nd 0216.");
  }

  @Test
  void an_address_of_a_current_scheme_or_text_that_is_no_address_has_no_warning() {
    assertThat(english.of("0007:5560360793")).isEmpty();
    assertThat(english.sent("0007:5560360793")).isEmpty();
    assertThat(english.sent("not an address")).isEmpty();
    assertThat(english.sent("1234:unknown")).isEmpty();
    assertThat(english.sent(null)).isEmpty();
    assertThat(english.of(null)).isEmpty();
  }

  @Test
  void only_the_e_address_among_a_documents_references_has_its_warnings_shown() {
    assertThat(new DocumentModel.Reference("MatchedBy.E_ADDRESS", "0037:1").isElectronicAddress())
        .isTrue();
    assertThat(new DocumentModel.Reference("MatchedBy.GLN", "0037:1").isElectronicAddress())
        .isFalse();
  }
}
