package it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The reference article, steps 1 to 3: Customer Directory > My Customers, search (with {@code *}
 * and Match case), the results with name, "Non existing", state, provider and numbers, and the
 * details on a click on the name.
 */
class MyCustomersIT extends UiFlow {

  @Test
  void searching_finds_a_customer_and_a_click_on_its_name_shows_the_details() {
    String token = token();
    Api.Participant participant = Api.registerParticipant("Nordic Widgets " + token, 1);
    Api.addCustomer(EDITOR, participant.id(), "NW-" + token + ", NW2-" + token);

    browser.signIn(EDITOR);
    browser.menu("menuCustomers");
    assertThat(browser.text()).contains("My Customers").contains("Match case");
    assertThat(browser.field("search:matchCase").isSelected()).isTrue();
    assertThat(browser.text("searchHint")).contains("*");
    browser.check("10-my-customers");

    browser.type("search:query", "*Widgets " + token + "*");
    browser.click("search:go");

    WebElement row = browser.field("customerTable").findElement(By.xpath(".//tbody/tr[1]"));
    assertThat(row.getText())
        .contains(participant.name())
        .contains("Active")
        .contains("NW-" + token + ", NW2-" + token);
    assertThat(browser.text("resultsSummary")).contains("1");
    browser.check("11-my-customers-results");

    browser.click(By.linkText(participant.name()));

    assertThat(browser.driver().getCurrentUrl()).contains("customer.xhtml?id=");
    assertThat(browser.text("eAddress")).isEqualTo(participant.eAddress());
    assertThat(browser.text("identifiers")).contains(participant.eAddress().substring(5));
    assertThat(browser.text("numbers")).isEqualTo("NW-" + token + ", NW2-" + token);
    assertThat(browser.text("provider")).isNotBlank();
    assertThat(browser.text("providers")).contains("(default)");
    assertThat(browser.text("state")).isEqualTo("Active");
    assertThat(browser.text("history")).contains("Created").contains(EDITOR);
    browser.check("12-customer-details");
  }

  @Test
  void match_case_is_on_by_default_and_can_be_turned_off() {
    String token = token();
    Api.Participant participant = Api.registerParticipant("Casewise Trading " + token, 1);
    Api.addCustomer(EDITOR, participant.id(), "CW-" + token);
    browser.signIn(EDITOR);
    browser.go("customers.xhtml");

    browser.type("search:query", "casewise trading " + token.toLowerCase());
    browser.click("search:go");

    assertThat(browser.has("customerTable")).isFalse();
    assertThat(browser.text("empty"))
        .contains("No customer matches")
        .contains("Match case")
        .contains("*");
    browser.check("13-my-customers-empty");

    browser.field("search:matchCase").click();
    browser.click("search:go");

    assertThat(browser.text("customerTable")).contains(participant.name());
  }

  @Test
  void a_customer_is_found_by_its_customer_number_and_by_its_organization_number() {
    String token = token();
    Api.Participant participant = Api.registerParticipant("Numbered Goods " + token, 1);
    Api.addCustomer(EDITOR, participant.id(), "NG-" + token);
    browser.signIn(EDITOR);
    browser.go("customers.xhtml");

    browser.type("search:query", "NG-" + token);
    browser.click("search:go");
    assertThat(browser.text("customerTable")).contains(participant.name());

    String organizationNumber = participant.eAddress().substring(5);
    browser.type(
        "search:query", organizationNumber.substring(0, 6) + "-" + organizationNumber.substring(6));
    browser.click("search:go");
    assertThat(browser.text("customerTable")).contains(participant.name());
  }

  @Test
  void a_customer_deactivated_in_the_network_shows_a_red_non_existing_label() {
    String token = token();
    Api.Participant participant = Api.registerParticipant("Vanished Supplies " + token, 1);
    Api.addCustomer(EDITOR, participant.id(), "VS-" + token);
    Api.deactivateParticipant(participant.id());

    browser.signIn(EDITOR);
    browser.go("customers.xhtml");
    browser.type("search:query", "Vanished Supplies " + token);
    browser.click("search:go");

    WebElement label = browser.field("customerTable:0:nonExisting");
    assertThat(label.getText()).isEqualTo("Non existing");
    assertThat(label.getCssValue("color")).isEqualTo("rgba(176, 0, 32, 1)");
    browser.check("14-my-customers-non-existing");

    browser.click(By.linkText(participant.name()));
    assertThat(browser.text()).contains("Non existing").contains("Contact your customer");
    browser.check("15-customer-details-non-existing");
  }

  @Test
  void a_lone_wildcard_lists_everything_and_a_short_contains_search_finds_what_it_contains() {
    String t = token().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    Api.Participant participant = Api.registerParticipant("Tiny " + t, 1);
    Api.addCustomer(EDITOR, participant.id(), "TINY-" + t);
    browser.signIn(VIEWER);
    browser.go("customers.xhtml");

    browser.type("search:query", "*");
    browser.click("search:go");
    assertThat(browser.text())
        .doesNotContain("at least 3 characters")
        .contains("Customers matching \u201c*\u201d:");

    // every literal run shorter than three characters: the plain scan path
    String pattern =
        "*"
            + t.substring(0, 2)
            + "*"
            + t.substring(2, 4)
            + "*"
            + t.substring(4, 6)
            + "*"
            + t.substring(6, 8)
            + "*";
    browser.type("search:query", pattern);
    browser.click("search:go");
    assertThat(browser.text()).contains(participant.name());
    browser.check("16-my-customers-short-search");
  }

  @Test
  void directory_settings_show_the_mode_and_an_editor_saves_it() {
    browser.signIn(EDITOR);
    browser.menu("menuSettings");

    assertThat(browser.text()).contains("Directory settings").contains("Open:");
    browser.check("17-directory-settings");
    browser.click("directorySettings:save");
    browser.waitForMessage("Directory settings saved.");
  }
}
