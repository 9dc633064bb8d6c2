package it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;

/**
 * The reference article, step 4: Settings with Basic settings (the numbers box, "Edit customer
 * number", "Select service provider" when there are several) and Advanced (activate, deactivate,
 * delete); a stale edit overwrites nothing.
 */
class CustomerSettingsIT extends UiFlow {

  private String openSettings(String participantName, int providers, String numbers) {
    Api.Participant participant = Api.registerParticipant(participantName, providers);
    String customerId = Api.addCustomer(EDITOR, participant.id(), numbers);
    browser.signIn(EDITOR);
    browser.go("customer.xhtml?id=" + customerId);
    browser.click("settings");
    assertThat(browser.driver().getCurrentUrl()).contains("settings.xhtml?id=" + customerId);
    return customerId;
  }

  private void tab(String title) {
    browser.clickInPage(By.xpath("//a[@role='tab'][normalize-space()='" + title + "']"));
  }

  @Test
  void the_numbers_box_takes_comma_separated_numbers() {
    String t = token();
    String customerId = openSettings("Basic Numbers " + t, 1, "A-" + t);
    assertThat(browser.text()).contains("Basic settings").contains("Advanced");
    assertThat(browser.field("settings:tabs:numbers").getAttribute("value")).isEqualTo("A-" + t);
    assertThat(browser.has("settings:tabs:provider")).as("one provider: no choice").isFalse();
    browser.check("20-settings-basic");

    browser.type("settings:tabs:numbers", "A-" + t + ", B-" + t);
    browser.click("settings:tabs:saveNumbers");

    browser.waitForMessage("Customer numbers saved.");
    assertThat(browser.field("settings:tabs:numbers").getAttribute("value"))
        .isEqualTo("A-" + t + ", B-" + t);
    assertThat(Api.customer(EDITOR, customerId).getJsonArray("customerNumbers").toString())
        .contains("B-" + t);
  }

  @Test
  void bad_numbers_are_explained_beside_the_box_and_nothing_is_saved() {
    String t = token();
    String customerId = openSettings("Bad Numbers " + t, 1, "A-" + t);

    browser.type("settings:tabs:numbers", "A-" + t + ", , B " + t);
    browser.click("settings:tabs:saveNumbers");

    assertThat(browser.text("settings:tabs:numbersMessage"))
        .contains("Item 2: A customer number cannot be empty.")
        .contains("Item 3:")
        .contains("B " + t);
    assertThat(Api.customer(EDITOR, customerId).getJsonArray("customerNumbers").size())
        .isEqualTo(1);
    browser.check("21-settings-validation");
  }

  @Test
  void the_editor_adds_and_removes_numbers_one_by_one() {
    String t = token();
    String customerId = openSettings("Edited Numbers " + t, 1, "A-" + t + ", B-" + t);

    browser.clickInPage("settings:tabs:editNumbers");
    browser.visible(By.id("editor:newNumber"));
    assertThat(browser.text("editorNumbers")).contains("A-" + t).contains("B-" + t);
    browser.check("22-settings-number-editor");

    browser.type("editor:newNumber", "C-" + t);
    browser.clickInPage("editor:addNumber");
    browser.clickInPage(By.cssSelector("button[aria-label='Remove A-" + t + "']"));
    browser.type("editor:newNumber", "B-" + t);
    browser.clickInPage("editor:addNumber");
    assertThat(browser.text("editor")).contains("given twice");
    browser.clickInPage("editor:saveEditor");

    browser.waitForText("Customer numbers saved.");
    assertThat(browser.field("settings:tabs:numbers").getAttribute("value"))
        .isEqualTo("B-" + t + ", C-" + t);
    assertThat(Api.customer(EDITOR, customerId).getJsonArray("customerNumbers").toString())
        .doesNotContain("A-" + t);
  }

  @Test
  void select_service_provider_is_offered_with_several_providers() {
    String t = token();
    String customerId = openSettings("Two Providers " + t, 2, "A-" + t);
    String second =
        browser
            .driver()
            .findElement(By.cssSelector("label[for='settings:tabs:provider:1']"))
            .getText();

    browser.field("settings:tabs:provider:1").click();
    browser.click("settings:tabs:saveProvider");

    browser.waitForMessage("Service provider saved.");
    assertThat(second)
        .contains(
            Api.customer(EDITOR, customerId).getJsonObject("serviceProvider").getString("name"));
    browser.check("23-settings-select-provider");
  }

  @Test
  void advanced_deactivates_and_activates_the_customer() {
    String t = token();
    String customerId = openSettings("Paused Customer " + t, 1, "A-" + t);

    tab("Advanced");
    assertThat(browser.text()).contains("Deactivating keeps the customer");
    browser.check("24-settings-advanced");
    browser.click("settings:tabs:deactivate");

    browser.waitForMessage("Customer deactivated");
    assertThat(Api.customer(EDITOR, customerId).getString("state")).isEqualTo("INACTIVE");

    tab("Advanced");
    browser.click("settings:tabs:activate");
    browser.waitForMessage("Customer activated");
    assertThat(Api.customer(EDITOR, customerId).getString("state")).isEqualTo("ACTIVE");
  }

  @Test
  void delete_asks_first_and_says_how_it_differs_from_deactivating() {
    String t = token();
    openSettings("Deleted Customer " + t, 1, "DEL-" + t);

    tab("Advanced");
    browser.clickInPage("settings:tabs:delete");
    String confirmation = browser.visible(By.id("settings:deleteConfirmText")).getText();
    assertThat(confirmation)
        .contains("for good")
        .contains("frees its customer numbers")
        .contains("Deactivating instead keeps");
    browser.check("25-settings-delete-confirmation");

    browser.click("settings:deleteYes");

    assertThat(browser.driver().getCurrentUrl()).contains("customers.xhtml");
    browser.waitForMessage("Customer Deleted Customer " + t + " deleted.");
    browser.type("search:query", "DEL-" + t);
    browser.click("search:go");
    assertThat(browser.has("customerTable")).isFalse();
  }

  @Test
  void a_stale_edit_says_changed_by_someone_else_and_overwrites_nothing() {
    String t = token();
    String customerId = openSettings("Busy Customer " + t, 1, "A-" + t);
    String first = browser.driver().getWindowHandle();

    browser.driver().switchTo().newWindow(WindowType.TAB);
    browser.go("settings.xhtml?id=" + customerId);
    browser.type("settings:tabs:numbers", "SECOND-" + t);
    browser.click("settings:tabs:saveNumbers");
    browser.waitForMessage("Customer numbers saved.");

    browser.driver().switchTo().window(first);
    browser.type("settings:tabs:numbers", "FIRST-" + t);
    browser.click("settings:tabs:saveNumbers");

    browser.waitForMessage("changed by someone else");
    assertThat(browser.has("reload")).isTrue();
    assertThat(Api.customer(EDITOR, customerId).getJsonArray("customerNumbers").getString(0))
        .isEqualTo("SECOND-" + t);
    browser.check("26-settings-stale-edit");

    browser.click("reload");
    assertThat(browser.field("settings:tabs:numbers").getAttribute("value"))
        .isEqualTo("SECOND-" + t);
    List<String> handles = new ArrayList<>(browser.driver().getWindowHandles());
    assertThat(handles).hasSize(2);
  }
}
