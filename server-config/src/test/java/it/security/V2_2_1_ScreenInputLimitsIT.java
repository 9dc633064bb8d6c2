package it.security;

import static it.security.Accounts.address;
import static it.security.Accounts.token;
import static it.security.Directory.numbers;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ASVS 5.0 V2.2.1 (input validated against its limits) on the screens: every text field has a
 * maximum, declared once by its page ({@code maxlength}, which the browser applies) and checked
 * again by the server for every input ({@code InputLimit}, a default validator), so a crafted
 * postback cannot pass it; a field without a declared maximum takes the API's limit of a string,
 * 1,000 characters. A longer text is refused beside its field, in English or Swedish, and nothing
 * is saved. Posted over plain HTTP as a signed-in screen user ({@link ScreenSession}).
 */
class V2_2_1_ScreenInputLimitsIT {

  private static final String SAVE_NUMBERS = "settings:tabs:saveNumbers";
  private static final String NUMBERS = "settings:tabs:numbers";

  @Test
  void a_text_over_a_field_s_maximum_is_refused_with_the_message_and_nothing_is_saved() {
    String t = token();
    String customerId = Directory.newCustomer("K-" + t);
    String page = "settings.xhtml?id=" + customerId;
    ScreenSession editor = ScreenSession.signIn("demo-editor", Http.DEMO_PASSWORD, "en", address());
    // two valid numbers once trimmed, 2,000 characters and more as typed: only the limit refuses it
    String padded = "K-" + t + "," + " ".repeat(2_000) + "L-" + t;

    editor.open(page);
    HttpResponse<String> refused =
        editor.post(page, "settings", Map.of(NUMBERS, padded, SAVE_NUMBERS, ""));

    assertThat(ScreenSession.text(refused))
        .contains(
            "Too long: at most 2000 characters are allowed here, this has "
                + padded.length()
                + ".");
    assertThat(numbers(customerId)).containsExactly("K-" + t);

    editor.open(page);
    editor.post(page, "settings", Map.of(NUMBERS, "K-" + t + ", L-" + t, SAVE_NUMBERS, ""));
    assertThat(numbers(customerId))
        .as("the same numbers within the limit, posted the same way")
        .containsExactlyInAnyOrder("K-" + t, "L-" + t);
  }

  @Test
  void the_refusal_is_in_swedish_on_a_swedish_screen() {
    String t = token();
    String customerId = Directory.newCustomer("S-" + t);
    String page = "settings.xhtml?id=" + customerId;
    ScreenSession editor = ScreenSession.signIn("demo-editor", Http.DEMO_PASSWORD, "sv", address());
    String tooLong = "S-" + t + "," + " ".repeat(2_100) + "T-" + t;

    editor.open(page);
    HttpResponse<String> refused =
        editor.post(page, "settings", Map.of(NUMBERS, tooLong, SAVE_NUMBERS, ""));

    assertThat(ScreenSession.text(refused))
        .contains("För långt: högst 2000 tecken får anges här, detta har " + tooLong.length() + ".")
        .doesNotContain("Too long");
    assertThat(numbers(customerId)).containsExactly("S-" + t);
  }

  @Test
  void a_field_that_declares_no_maximum_takes_the_api_s_limit_of_1000_characters() {
    String from = address();
    ScreenSession visitor = ScreenSession.anonymous("en", from);
    visitor.open("login.xhtml");
    HttpResponse<String> refused =
        visitor.post(
            "login.xhtml",
            "login",
            Map.of(
                "login:next",
                "/customers.xhtml?" + "x".repeat(1_000),
                "login:username",
                "demo-viewer",
                "login:password",
                Http.DEMO_PASSWORD,
                "login:signIn",
                ""));
    assertThat(refused.statusCode()).as("not signed in").isEqualTo(200);

    visitor.open("login.xhtml");
    HttpResponse<String> signedIn =
        visitor.post(
            "login.xhtml",
            "login",
            Map.of(
                "login:next",
                "/customers.xhtml?" + "x".repeat(900),
                "login:username",
                "demo-viewer",
                "login:password",
                Http.DEMO_PASSWORD,
                "login:signIn",
                ""));
    assertThat(signedIn.statusCode()).as("within the limit: signed in").isEqualTo(302);
  }
}
