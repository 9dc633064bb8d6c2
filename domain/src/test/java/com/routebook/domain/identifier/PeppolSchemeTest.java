package com.routebook.domain.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.routebook.domain.Explanation;
import com.routebook.domain.ExplanationCode;
import com.routebook.domain.identifier.PeppolScheme.State;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PeppolSchemeTest {

  @Test
  void the_shipped_list_has_all_105_schemes_in_order() {
    assertThat(PeppolScheme.all()).hasSize(105);
    assertThat(PeppolScheme.all().get(0).icd()).isEqualTo("0002");
    assertThat(PeppolScheme.all().get(104).icd()).isEqualTo("9959");
  }

  @Test
  void a_scheme_carries_its_attributes_and_decoded_texts() {
    PeppolScheme sirene = PeppolScheme.byIcd("0002").orElseThrow();
    assertThat(sirene.schemeId()).isEqualTo("FR:SIRENE");
    assertThat(sirene.country()).isEqualTo("FR");
    assertThat(sirene.name()).startsWith("System Information et Repertoire");
    assertThat(sirene.state()).isEqualTo(State.ACTIVE);
    assertThat(sirene.validationRules()).contains("Luhn");
    assertThat(sirene.valueRegex()).map(Pattern::pattern).contains("[0-9]{9}([0-9]{5})?");
    assertThat(sirene).hasToString("0002 (FR:SIRENE)");
    assertThat(PeppolScheme.byIcd("0037").orElseThrow().state()).isEqualTo(State.REMOVED);
    assertThat(PeppolScheme.byIcd("0193").orElseThrow().state()).isEqualTo(State.DEPRECATED);
    assertThat(PeppolScheme.byIcd("1234")).isEmpty();
  }

  @Test
  void entities_are_decoded() {
    assertThat(PeppolScheme.decode("a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#65;&#x42;"))
        .isEqualTo("a & b <c> \"d\" 'e' AB");
    assertThat(PeppolScheme.decode("&amp;lt;")).isEqualTo("&lt;");
  }

  @Test
  void a_regex_java_cannot_compile_is_ignored_and_matching_ignores_case() {
    assertThat(PeppolScheme.byIcd("9912").orElseThrow().valueRegex()).isEmpty();
    assertThat(PeppolScheme.byIcd("9918").orElseThrow().valueRegex()).isEmpty();
    assertThat(
            PeppolScheme.byIcd("0195")
                .orElseThrow()
                .valueRegex()
                .orElseThrow()
                .matcher("ABCDE12345678X")
                .matches())
        .isTrue();
  }

  @Test
  void successors_come_from_the_usage_notes_or_known_migrations() {
    assertThat(PeppolScheme.byIcd("9958").orElseThrow().successor()).contains("0204");
    assertThat(PeppolScheme.byIcd("9917").orElseThrow().successor()).contains("0196");
    assertThat(PeppolScheme.byIcd("0037").orElseThrow().successor()).contains("0216");
    assertThat(PeppolScheme.byIcd("9912").orElseThrow().successor()).isEmpty();
    assertThat(PeppolScheme.byIcd("0007").orElseThrow().warning()).isEmpty();
  }

  @Test
  void a_removed_scheme_warns_with_its_successor_when_one_is_known() {
    String entry =
        "<participant-identifier-scheme schemeid=\"X:Z\" iso6523=\"0002\" country=\"SE\""
            + " scheme-name=\"Z\" state=\"removed\"><usage>gone</usage>"
            + "</participant-identifier-scheme>";
    assertThat(PeppolScheme.read("<list entry-count=\"1\">" + entry + "</list>"))
        .singleElement()
        .satisfies(
            scheme ->
                assertThat(scheme.warning())
                    .contains(Explanation.of(ExplanationCode.SCHEME_REMOVED, "0002", "X:Z")));
    assertThat(PeppolScheme.byIcd("0037").orElseThrow().warning())
        .contains(
            Explanation.of(ExplanationCode.SCHEME_REMOVED_REPLACED, "0037", "FI:OVT", "0216"));
  }

  @Test
  void reading_a_list_with_fewer_entries_than_declared_fails() {
    String entry =
        "<participant-identifier-scheme schemeid=\"X:Y\" iso6523=\"0001\" country=\"SE\""
            + " scheme-name=\"A &amp; B\" state=\"deprecated\"><usage>Use 0007 instead</usage>"
            + "</participant-identifier-scheme>";
    var read = PeppolScheme.read("<list entry-count=\"1\">" + entry + "</list>");
    assertThat(read)
        .singleElement()
        .satisfies(
            scheme -> {
              assertThat(scheme.name()).isEqualTo("A & B");
              assertThat(scheme.validationRules()).isEmpty();
              assertThat(scheme.warning())
                  .contains(
                      Explanation.of(
                          ExplanationCode.SCHEME_DEPRECATED_REPLACED, "0001", "X:Y", "0007"));
            });
    assertThatIllegalStateException()
        .isThrownBy(() -> PeppolScheme.read("<list entry-count=\"2\">" + entry + "</list>"));
    assertThatIllegalStateException()
        .isThrownBy(() -> PeppolScheme.read("<list>" + entry + "</list>"));
  }

  @Test
  void a_scheme_needs_a_four_digit_icd_and_a_state() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PeppolScheme("12", "", "", "", State.ACTIVE, "", ""));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PeppolScheme(null, "", "", "", State.ACTIVE, "", ""));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PeppolScheme("1234", "", "", "", null, "", ""));
  }
}
