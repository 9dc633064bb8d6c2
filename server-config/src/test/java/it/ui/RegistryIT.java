package it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The public registry for network administrators: search, register, deactivate, activate. */
class RegistryIT extends UiFlow {

  @Test
  void a_network_administrator_registers_and_deactivates_a_participant() {
    String t = token();
    browser.signIn(ADMIN);
    assertThat(browser.driver().getCurrentUrl()).contains("registry.xhtml");
    assertThat(browser.has("nav:menuRegistry")).isTrue();
    assertThat(browser.has("nav:menuCustomers")).isFalse();
    browser.check("70-registry");

    String number = Api.swedishOrganizationNumber();
    browser.type("register:name", "Registered Here " + t);
    browser.type("register:country", "SE");
    browser.type("register:eAddress", "0007:" + number);
    browser.type("register:organizationNumber", number);
    browser.field("register:providers:0").click();
    browser.click("register:submit");

    browser.waitForMessage("Participant Registered Here " + t + " registered.");
    assertThat(browser.text("participants"))
        .contains("Registered Here " + t)
        .contains("0007:" + number);
    browser.check("71-registry-registered");

    browser.click(By.cssSelector("button[aria-label='Deactivate Registered Here " + t + "']"));
    browser.waitForMessage("is now Non existing");
    assertThat(browser.text("participants")).contains("Non existing");

    browser.click(By.cssSelector("button[aria-label='Activate Registered Here " + t + "']"));
    browser.waitForMessage("is active in the network again");
  }

  @Test
  void a_bad_e_address_is_explained_beside_the_field() {
    browser.signIn(ADMIN);
    browser.type("register:name", "Broken Address " + token());
    browser.type("register:country", "SE");
    browser.type("register:eAddress", "0007:123");
    browser.field("register:providers:0").click();
    browser.click("register:submit");

    assertThat(browser.text("register")).contains("0007");
    assertThat(browser.messages()).doesNotContain("registered");
    browser.check("72-registry-validation");
  }
}
