package it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Add customer: search the public registry, pick the participant, enter the numbers, choose the
 * provider, save; a participant already in the directory leads to the existing customer.
 */
class AddCustomerIT extends UiFlow {

  private void searchRegistry(String query) {
    browser.type("registrySearch:query", query);
    browser.click("registrySearch:go");
  }

  @Test
  void an_editor_adds_a_participant_of_the_public_registry_with_numbers_and_provider() {
    String t = token();
    Api.Participant participant = Api.registerParticipant("Fresh Fish " + t, 2);
    browser.signIn(EDITOR);
    browser.menu("menuAdd");
    assertThat(browser.text()).contains("Search the public registry");
    browser.check("30-add-customer");

    searchRegistry("*Fish " + t);
    assertThat(browser.text("participants"))
        .contains(participant.name())
        .contains(participant.eAddress());
    browser.check("31-add-customer-results");

    browser.click(By.cssSelector("button[aria-label='Select " + participant.name() + "']"));
    assertThat(browser.text("add"))
        .contains("Add " + participant.name())
        .contains("Select service provider");
    browser.check("32-add-customer-form");

    browser.type("add:numbers", "FF-" + t + ", FF2-" + t);
    String second =
        browser.driver().findElement(By.cssSelector("label[for='add:provider:1']")).getText();
    browser.field("add:provider:1").click();
    browser.click("add:save");

    assertThat(browser.driver().getCurrentUrl()).contains("customer.xhtml?id=");
    browser.waitForMessage("Customer " + participant.name() + " added.");
    assertThat(browser.text("numbers")).isEqualTo("FF-" + t + ", FF2-" + t);
    assertThat(browser.text("provider")).isEqualTo(second);
    browser.check("33-add-customer-added");
  }

  @Test
  void a_participant_already_in_the_directory_leads_to_the_existing_customer() {
    String t = token();
    Api.Participant participant = Api.registerParticipant("Known Company " + t, 1);
    String customerId = Api.addCustomer(EDITOR, participant.id(), "KC-" + t);
    browser.signIn(EDITOR);
    browser.go("add-customer.xhtml");

    searchRegistry("Known Company " + t);
    browser.click(By.cssSelector("button[aria-label='Select " + participant.name() + "']"));

    assertThat(browser.driver().getCurrentUrl())
        .contains("customer.xhtml?id=" + customerId)
        .contains("notice=");
    browser.waitForMessage("already is a customer in your directory");
    assertThat(browser.text("numbers")).isEqualTo("KC-" + t);

    // the message belonged to that redirect: the same address again shows the page without it
    browser.driver().navigate().refresh();
    browser.waitForPage();
    assertThat(browser.text("numbers")).isEqualTo("KC-" + t);
    assertThat(browser.messages()).doesNotContain("already is a customer");
  }

  @Test
  void a_number_another_customer_holds_is_refused_and_nothing_is_added() {
    String t = token();
    Api.Participant holder = Api.registerParticipant("Number Holder " + t, 1);
    Api.addCustomer(EDITOR, holder.id(), "TAKEN-" + t);
    Api.Participant participant = Api.registerParticipant("Number Seeker " + t, 1);
    browser.signIn(EDITOR);
    browser.go("add-customer.xhtml");
    searchRegistry("Number Seeker " + t);
    browser.click(By.cssSelector("button[aria-label='Select " + participant.name() + "']"));

    browser.type("add:numbers", "TAKEN-" + t);
    browser.click("add:save");

    assertThat(browser.driver().getCurrentUrl()).contains("add-customer.xhtml");
    assertThat(browser.messages()).contains("TAKEN-" + t).contains("already used");
    browser.check("34-add-customer-number-taken");
  }

  @Test
  void nothing_found_in_the_registry_says_what_to_try() {
    browser.signIn(EDITOR);
    browser.go("add-customer.xhtml");

    searchRegistry("No Such Company " + token());

    assertThat(browser.text("none")).contains("No participant").contains("*");
    browser.check("35-add-customer-nothing-found");
  }
}
