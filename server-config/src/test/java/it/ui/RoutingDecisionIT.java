package it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Test routing: the decision for the references entered, the path that decided it, warnings. */
class RoutingDecisionIT extends UiFlow {

  @Test
  void a_customer_number_routes_to_the_customer_and_shows_the_path() {
    String t = token();
    Api.Participant participant = Api.registerParticipant("Routed Receiver " + t, 1);
    Api.addCustomer(EDITOR, participant.id(), "R-" + t);

    browser.signIn(VIEWER);
    browser.menu("menuTest");
    browser.check("50-test-routing");
    browser.type("routing:documentId", "TEST-" + t);
    browser.type("routing:customerNumber", "R-" + t);
    browser.click("routing:test");

    assertThat(browser.text("outcome")).isEqualTo("Routed");
    assertThat(browser.text("recipient"))
        .contains(participant.name())
        .contains(participant.eAddress());
    assertThat(browser.text("matchedBy")).isEqualTo("Customer number");
    assertThat(browser.driver().findElements(By.cssSelector("#path li"))).isNotEmpty();
    browser.check("51-test-routing-routed");
  }

  @Test
  void a_lower_reference_pointing_elsewhere_gives_a_warning() {
    String t = token();
    Api.Participant customer = Api.registerParticipant("Warned Receiver " + t, 1);
    Api.addCustomer(EDITOR, customer.id(), "W-" + t);
    Api.Participant other = Api.registerParticipant("Other Receiver " + t, 1);

    browser.signIn(EDITOR);
    browser.go("test-routing.xhtml");
    browser.type("routing:customerNumber", "W-" + t);
    browser.type("routing:eAddress", other.eAddress());
    browser.click("routing:test");

    assertThat(browser.text("recipient")).contains(customer.name());
    assertThat(browser.driver().findElements(By.cssSelector("#warnings li"))).isNotEmpty();
    browser.check("52-test-routing-warning");
  }

  @Test
  void nothing_matched_is_stopped_with_the_reference_message() {
    String t = token();
    browser.signIn(VIEWER);
    browser.go("test-routing.xhtml");
    browser.type("routing:documentId", "NM-" + t);
    browser.type("routing:customerNumber", "UNKNOWN-" + t);
    browser.click("routing:test");

    assertThat(browser.text("outcome")).isEqualTo("Stopped");
    assertThat(browser.text("reason")).isEqualTo("No match");
    assertThat(browser.text("message"))
        .isEqualTo(
            "Recipient of document NM-"
                + t
                + " did not match any recipient in the public customer registry or in your"
                + " customer directory. Verify that the recipient is added to your customer"
                + " directory");
    browser.check("53-test-routing-stopped");
  }

  @Test
  void missing_input_is_explained_beside_the_fields() {
    browser.signIn(VIEWER);
    browser.go("test-routing.xhtml");
    browser.type("routing:documentId", " ");
    browser.field("routing:documentId").clear();
    browser.click("routing:test");

    assertThat(browser.text("routing")).contains("Document id: please fill in.");

    browser.type("routing:documentId", "DOC-1");
    browser.click("routing:test");
    assertThat(browser.text("routing")).contains("Enter at least one recipient reference.");
    browser.check("54-test-routing-validation");
  }
}
