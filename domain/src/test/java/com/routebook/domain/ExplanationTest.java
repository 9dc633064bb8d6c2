package com.routebook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.participant.ParticipantStatus;
import com.routebook.domain.routing.MatchedBy;
import com.routebook.domain.routing.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExplanationTest {

  /** A bundle in a made-up language, to show that every word comes from the bundle. */
  static final class Texts extends ListResourceBundle {
    @Override
    protected Object[][] getContents() {
      return new Object[][] {
        {"explanation.MISROUTING", "{0} <{1}> -> [{2}] not {3}"},
        {"explanation.PARTICIPANT", "{0}/{1}/{2}"},
        {"explanation.CLOSED_DIRECTORY", "closed {0}"},
        {"explanation.TEXT", "{0}"},
        {"MatchedBy.E_ADDRESS", "adress"},
        {"ParticipantStatus.ACTIVE", "aktiv"},
      };
    }
  }

  private final ErrorTexts texts = new ErrorTexts(new Texts(), Locale.GERMANY);

  private static Explanation participant(String name, String id) {
    return Explanation.of(ExplanationCode.PARTICIPANT, name, id, ParticipantStatus.ACTIVE);
  }

  @Test
  void an_explanation_is_rendered_from_its_code_with_nested_explanations_lists_and_enums() {
    Explanation warning =
        Explanation.of(
            ExplanationCode.MISROUTING,
            MatchedBy.E_ADDRESS,
            "0007:1",
            List.of(participant("A", "p-1"), participant("B", "p-2")),
            "C");

    assertThat(texts.text(warning))
        .isEqualTo("adress <0007:1> -> [A/p-1/aktiv, B/p-2/aktiv] not C");
    assertThat(texts.text(Explanation.of(ExplanationCode.CLOSED_DIRECTORY, 12345)))
        .isEqualTo("closed 12345");
    assertThat(texts.texts(List.of(Explanation.text("as it was {0} 'x'"), warning)))
        .containsExactly("as it was {0} 'x'", texts.text(warning));
    assertThat(texts.text(Explanation.of(ExplanationCode.NO_REFERENCE_MATCHED)))
        .isEqualTo("explanation.NO_REFERENCE_MATCHED");
  }

  @Test
  void a_text_is_rendered_the_same_every_time_and_from_several_threads() throws Exception {
    Explanation closed = Explanation.of(ExplanationCode.CLOSED_DIRECTORY, 1);
    List<Thread> threads = new ArrayList<>();
    List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < 4; t++) {
      Thread thread =
          new Thread(
              () -> {
                for (int i = 0; i < 200; i++) {
                  seen.add(texts.text(Explanation.of(ExplanationCode.CLOSED_DIRECTORY, i % 3)));
                }
              });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(seen).hasSize(800).allMatch(s -> s.matches("closed [012]"));
    assertThat(texts.text(closed)).isEqualTo("closed 1");
  }

  @Test
  void an_explanation_carries_exactly_the_arguments_its_code_takes() {
    Explanation step =
        Explanation.of(ExplanationCode.MATCHED_CUSTOMER, "c-1", CustomerState.ACTIVE);
    assertThat(step.arguments()).containsExactly("c-1", CustomerState.ACTIVE);
    assertThat(step).hasToString("MATCHED_CUSTOMER[c-1, ACTIVE]");
    assertThat(Explanation.of(ExplanationCode.NO_REFERENCE_MATCHED))
        .hasToString("NO_REFERENCE_MATCHED");
    assertThat(Explanation.text("old")).isEqualTo(Explanation.of(ExplanationCode.TEXT, "old"));
    assertThat(ExplanationCode.CUSTOMER_OF_PARTICIPANT.arity()).isEqualTo(5);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Explanation.of(ExplanationCode.ROUTED, "0007:1"))
        .withMessage("ROUTED takes 2 argument(s), got 1");
    assertThatNullPointerException().isThrownBy(() -> Explanation.of(null));
  }

  @Test
  void arguments_are_only_what_an_adapter_can_store_and_read_back_equal() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Explanation.of(ExplanationCode.TEXT, (Object) null))
        .withMessageEndingWith("not null");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Explanation.of(ExplanationCode.CLOSED_DIRECTORY, 1L))
        .withMessageEndingWith("not java.lang.Long");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Explanation.of(ExplanationCode.TEXT, Outcome.ROUTED))
        .withMessageContaining("Outcome");
    List<Object> mixed = new ArrayList<>(List.of("a", 1));
    mixed.add(List.of(MatchedBy.GLN));
    Explanation kept = Explanation.of(ExplanationCode.TEXT, mixed);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Explanation.of(ExplanationCode.TEXT, List.of("a", 2.5)));
    mixed.add("later");
    assertThat((List<Object>) kept.arguments().get(0))
        .containsExactly("a", 1, List.of(MatchedBy.GLN));
    assertThatThrownBy(() -> ((List<Object>) kept.arguments().get(0)).add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> kept.arguments().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void named_enums_are_found_by_their_key() {
    assertThat(ErrorTexts.named("MatchedBy.GLN")).contains(MatchedBy.GLN);
    assertThat(ErrorTexts.named("CustomerState.INACTIVE")).contains(CustomerState.INACTIVE);
    assertThat(ErrorTexts.named("ParticipantStatus.DEACTIVATED"))
        .contains(ParticipantStatus.DEACTIVATED);
    assertThat(ErrorTexts.named("Outcome.ROUTED")).isEmpty();
    assertThat(ErrorTexts.named("MatchedBy.NOTHING")).isEmpty();
  }

  @Test
  void gaps_of_a_bundle_include_explanations_with_their_placeholders() {
    List<String> gaps = ErrorTexts.gaps(new Texts());
    assertThat(gaps)
        .contains("explanation.ROUTED: missing", "MatchedBy.GLN: missing")
        .doesNotContain("explanation.MISROUTING: missing", "explanation.TEXT: missing");
    ListResourceBundle wrong =
        new ListResourceBundle() {
          @Override
          protected Object[][] getContents() {
            return new Object[][] {{"explanation.CLOSED_DIRECTORY", "{0} of {1}"}};
          }
        };
    assertThat(ErrorTexts.gaps(wrong))
        .contains("explanation.CLOSED_DIRECTORY: placeholders [0, 1], arguments [0]");
  }
}
