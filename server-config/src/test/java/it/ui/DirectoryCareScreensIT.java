package it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Keeping the directory right on the screens: My Customers filtered by state (with "Non existing"
 * and "Needs attention"), sorted and paged, with the "Needs attention" count; the Alerts screen
 * (editors dismiss); the public registry in every user's menu; re-link on the Advanced settings;
 * the warning of a deprecated E-address scheme beside the E-address.
 */
class DirectoryCareScreensIT extends UiFlow {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** A random valid Finnish business id without its dash. */
  private static String finnishBusinessId() {
    int[] weights = {7, 9, 10, 5, 8, 4, 2};
    while (true) {
      StringBuilder digits = new StringBuilder();
      int sum = 0;
      for (int weight : weights) {
        int digit = RANDOM.nextInt(10);
        digits.append(digit);
        sum += digit * weight;
      }
      int remainder = sum % 11;
      if (remainder != 1) {
        return digits.append(remainder == 0 ? 0 : 11 - remainder).toString();
      }
    }
  }

  @Test
  void my_customers_filters_by_state_sorts_pages_and_counts_those_needing_attention() {
    String t = token();
    Api.Participant gone = Api.registerParticipant("Care Gone " + t, 1);
    Api.Participant fine = Api.registerParticipant("Care Fine " + t, 1);
    Api.addCustomer(EDITOR, gone.id(), "CG-" + t);
    Api.addCustomer(EDITOR, fine.id(), "CF-" + t);
    Api.deactivateParticipant(gone.id());

    browser.signIn(EDITOR);
    browser.menu("menuCustomers");
    assertThat(browser.text("attention:attentionCount")).contains("need attention");
    browser.check("70-my-customers-needs-attention-count");

    browser.click("attention:showAttention");
    assertThat(new Select(browser.field("search:state")).getFirstSelectedOption().getText())
        .isEqualTo("Needs attention");
    browser.type("search:query", "Care * " + t);
    browser.click("search:go");
    assertThat(browser.text("customerTable")).contains(gone.name()).doesNotContain(fine.name());

    new Select(browser.field("search:state")).selectByVisibleText("Non existing");
    browser.click("search:go");
    assertThat(browser.text("customerTable")).contains(gone.name()).doesNotContain(fine.name());

    new Select(browser.field("search:state")).selectByVisibleText("All customers");
    new Select(browser.field("search:sort")).selectByVisibleText("Name (Z to A)");
    new Select(browser.field("search:pageSize")).selectByVisibleText("50");
    browser.click("search:go");
    String table = browser.text("customerTable");
    assertThat(table.indexOf(gone.name())).isLessThan(table.indexOf(fine.name()));
    browser.check("71-my-customers-filtered-sorted");

    browser.click("customerTable:sortName");
    table = browser.text("customerTable");
    assertThat(table.indexOf(fine.name())).isLessThan(table.indexOf(gone.name()));
    assertThat(browser.text("customerTable:sortName")).contains("\u25b2");
  }

  @Test
  void the_alerts_screen_lists_what_changed_and_an_editor_dismisses_an_alert() {
    String t = token();
    Api.Participant participant = Api.registerParticipant("Care Alerted " + t, 2);
    Api.addCustomer(EDITOR, participant.id(), "CA-" + t);
    Api.deactivateParticipant(participant.id());

    browser.signIn(VIEWER);
    browser.menu("menuAlerts");
    assertThat(browser.text("alertList:alertTable"))
        .contains(participant.name())
        .contains("Participant deactivated")
        .contains("was deactivated in the network");
    assertThat(browser.driver().findElements(By.cssSelector("button[aria-label^='Dismiss']")))
        .isEmpty();
    browser.check("72-alerts-viewer");
    browser.signOut();

    browser.signIn(EDITOR);
    browser.menu("menuAlerts");
    browser.check("73-alerts-editor");
    browser.click(
        By.cssSelector("button[aria-label='Dismiss the alert about " + participant.name() + "']"));
    browser.waitForMessage("The alert about " + participant.name() + " is dismissed.");
    assertThat(browser.text()).doesNotContain("Dismiss the alert about " + participant.name());

    new Select(browser.field("alertFilter:status")).selectByVisibleText("Dismissed alerts");
    browser.click("alertFilter:show");
    assertThat(browser.text("alertList:alertTable")).contains(participant.name());
    browser.check("74-alerts-dismissed");
  }

  @Test
  void every_signed_in_user_reads_the_public_registry_from_the_menu() {
    String t = token();
    Api.Participant participant = Api.registerParticipant("Care Registry " + t, 1);

    browser.signIn(VIEWER);
    browser.click(By.cssSelector("[id='nav:menuRegistry']"));
    assertThat(browser.text()).contains("Public registry");
    assertThat(browser.has("register")).as("only administrators register").isFalse();
    browser.type("registrySearch:query", participant.name());
    browser.click("registrySearch:go");
    assertThat(browser.text("participants:participantTable")).contains(participant.name());
    assertThat(browser.has("participants:participantTable:0:deactivate")).isFalse();

    browser.click("participants:participantTable:0:details");
    assertThat(browser.text("selectedEAddress")).isEqualTo(participant.eAddress());
    assertThat(browser.text("participantDetails")).contains("Active in the network");
    browser.check("75-registry-details-viewer");
  }

  @Test
  void an_editor_relinks_a_customer_to_another_participant_from_the_advanced_settings() {
    String t = token();
    Api.Participant old = Api.registerParticipant("Care Old Address " + t, 1);
    Api.Participant moved = Api.registerParticipant("Care New Address " + t, 1);
    String customerId = Api.addCustomer(EDITOR, old.id(), "CR-" + t);

    browser.signIn(EDITOR);
    browser.go("settings.xhtml?id=" + customerId);
    browser.clickInPage(By.xpath("//a[@role='tab'][normalize-space()='Advanced']"));
    browser.type("settings:tabs:relinkQuery", "Care * Address " + t);
    browser.click("settings:tabs:relinkSearch");
    browser.clickInPage(By.xpath("//a[@role='tab'][normalize-space()='Advanced']"));
    assertThat(browser.text("settings:tabs:relinkResults"))
        .contains(old.name())
        .contains(moved.name())
        .contains("Current participant");
    browser.check("76-settings-relink-search");

    browser.click(By.cssSelector("button[aria-label='Move the customer to " + moved.name() + "']"));

    browser.waitForMessage("The customer now points at " + moved.name() + ".");
    assertThat(browser.driver().getCurrentUrl()).contains("customer.xhtml?id=" + customerId);
    assertThat(browser.text("eAddress")).isEqualTo(moved.eAddress());
    assertThat(browser.text("numbers")).isEqualTo("CR-" + t);
    assertThat(browser.text("history")).contains(EDITOR);
    browser.check("77-customer-relinked");
  }

  @Test
  void a_deprecated_e_address_scheme_is_warned_of_beside_the_e_address() {
    String t = token();
    String providerId = Api.providerIds(1).get(0);
    var body =
        Json.createObjectBuilder()
            .add("name", "Care Legacy Oy " + t)
            .add("country", "FI")
            .add("eAddress", "0037:" + finnishBusinessId())
            .add("identifiers", Json.createArrayBuilder())
            .add(
                "serviceProviders",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("id", providerId).add("default", true)))
            .build();
    String participantId =
        Api.send("network-admin", "POST", "/registry/participants", body.toString(), 201)
            .getString("id");
    String customerId = Api.addCustomer(EDITOR, participantId, "CL-" + t);

    browser.signIn(VIEWER);
    browser.go("customers.xhtml");
    browser.type("search:query", "Care Legacy Oy " + t);
    browser.click("search:go");
    assertThat(browser.text("customerTable")).contains("0037").contains("removed");
    browser.check("78-my-customers-e-address-warning");

    browser.go("customer.xhtml?id=" + customerId);
    assertThat(browser.text("details")).contains("Scheme 0037").contains("use 0216");
    browser.check("79-customer-e-address-warning");
  }
}
