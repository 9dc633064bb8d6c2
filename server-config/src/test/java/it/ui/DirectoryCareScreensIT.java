package it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import it.DirectoryCareFixture;
import it.DirectoryCareFixture.Attention;
import it.DirectoryCareFixture.Customer;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Keeping the directory right on the screens: My Customers filtered by state (with "Non existing"
 * and "Needs attention"), sorted and paged, with the "Needs attention" count; the Alerts screen
 * (editors dismiss); the public registry in every user's menu; re-link on the Advanced settings;
 * the warning of a deprecated E-address scheme beside the E-address on every screen that shows one
 * (My Customers, the customer, Test routing, Stopped documents and the fix page), in English and
 * Swedish. The participants come from the shared {@link DirectoryCareFixture}.
 */
class DirectoryCareScreensIT extends UiFlow {

  @Test
  void my_customers_filters_by_state_sorts_pages_and_counts_those_needing_attention() {
    String t = token();
    Attention care =
        DirectoryCareFixture.attention(
            Api.CARE, "Care " + t + " ", Api.providerIds(1).get(0), "C" + t);
    Customer gone = care.gone();
    Customer fine = care.fine();

    browser.signIn(EDITOR);
    browser.menu("menuCustomers");
    assertThat(browser.text("attention:attentionCount")).contains("need attention");
    browser.check("70-my-customers-needs-attention-count");

    browser.click("attention:showAttention");
    assertThat(new Select(browser.field("search:state")).getFirstSelectedOption().getText())
        .isEqualTo("Needs attention");
    browser.type("search:query", "Care " + t + " *");
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

  /** A customer whose E-address has the removed scheme 0037. */
  private static Customer legacyCustomer(String t) {
    return DirectoryCareFixture.legacyCustomer(
        Api.CARE, "Care Legacy Oy " + t, Api.providerIds(1).get(0), "CL-" + t);
  }

  @Test
  void a_deprecated_e_address_scheme_is_warned_of_beside_the_e_address() {
    String t = token();
    Customer legacy = legacyCustomer(t);

    browser.signIn(VIEWER);
    browser.go("customers.xhtml");
    browser.type("search:query", legacy.name());
    browser.click("search:go");
    assertThat(browser.text("customerTable")).contains("0037").contains("removed");
    browser.check("78-my-customers-e-address-warning");

    browser.go("customer.xhtml?id=" + legacy.id());
    assertThat(browser.text("details")).contains("Scheme 0037").contains("use 0216");
    browser.check("79-customer-e-address-warning");
  }

  @Test
  void test_routing_warns_beside_the_e_address_entered_and_the_recipients() {
    String t = token();
    Customer legacy = legacyCustomer(t);

    browser.signIn(VIEWER);
    browser.go("test-routing.xhtml");
    browser.type("routing:documentId", "LEGACY-" + t);
    browser.type("routing:eAddress", legacy.eAddress());
    browser.click("routing:test");

    assertThat(browser.text("outcome")).isEqualTo("Routed");
    assertThat(browser.text("recipient")).contains(legacy.eAddress());
    assertThat(browser.text("recipientWarnings"))
        .isEqualTo(DirectoryCareFixture.LEGACY_WARNING_SCREEN);
    assertThat(browser.text("routing:eAddressWarnings"))
        .isEqualTo(DirectoryCareFixture.LEGACY_WARNING_SCREEN);
    browser.check("84-test-routing-e-address-warning");

    browser.go("test-routing.xhtml");
    browser.type("routing:documentId", "PLAIN-" + t);
    browser.type("routing:eAddress", "0007:" + Api.swedishOrganizationNumber());
    browser.click("routing:test");
    assertThat(browser.text("routing:eAddressWarnings")).isEmpty();
    assertThat(browser.driver().findElements(By.cssSelector(".rb-e-address-warning"))).isEmpty();
  }

  @Test
  void stopped_documents_and_the_fix_page_warn_beside_the_e_address_sent() {
    String t = token();
    String documentId = "LEGACY-" + t;
    String eAddress = DirectoryCareFixture.legacyEAddress();
    Api.send(
        EDITOR,
        "POST",
        "/documents",
        Json.createObjectBuilder()
            .add(
                "documents",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("documentId", documentId)
                            .add("customerNumber", "CL-" + t)
                            .add("eAddress", eAddress)))
            .build()
            .toString(),
        200);

    browser.signIn(EDITOR);
    browser.go("stopped-documents.xhtml");
    browser.type("filters:query", documentId);
    browser.click("filters:apply");
    String row =
        browser
            .driver()
            .findElement(By.xpath("//tr[td[normalize-space()='" + documentId + "']]"))
            .getText();
    assertThat(row).contains(eAddress).contains(DirectoryCareFixture.LEGACY_WARNING_SCREEN);
    assertThat(browser.driver().findElements(By.cssSelector(".rb-e-address-warning"))).hasSize(1);
    browser.check("85-stopped-documents-e-address-warning");

    browser.click(By.cssSelector("[aria-label='Fix " + documentId + "']"));
    assertThat(browser.text("document"))
        .contains(eAddress)
        .contains(DirectoryCareFixture.LEGACY_WARNING_SCREEN);
    browser.check("86-fix-document-e-address-warning");
  }

  @Test
  void the_warning_is_in_swedish_for_a_swedish_browser() {
    String t = token();
    Customer legacy = legacyCustomer(t);
    try (Browser swedish = Browser.open("sv")) {
      swedish.signIn(VIEWER);
      swedish.go("test-routing.xhtml");
      swedish.type("routing:documentId", "SV-" + t);
      swedish.type("routing:eAddress", legacy.eAddress());
      swedish.click("routing:test");
      assertThat(swedish.text("recipientWarnings"))
          .isEqualTo(DirectoryCareFixture.LEGACY_WARNING_SCREEN_SV);
      swedish.check("87-sv-test-routing-e-address-warning");
    }
  }
}
