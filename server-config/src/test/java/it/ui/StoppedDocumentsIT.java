package it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The reference article's problem situation: a document stopped because its customer number matched
 * nothing; fix the directory, then resend. Stopped documents show reason and message, Resend and
 * Delete; after a customer is saved, the stopped documents it now matches are offered together.
 */
class StoppedDocumentsIT extends UiFlow {

  private static String noMatch(String documentId) {
    return "Recipient of document "
        + documentId
        + " did not match any recipient in the public customer registry or in your customer"
        + " directory. Verify that the recipient is added to your customer directory";
  }

  private By row(String documentId) {
    return By.xpath("//tr[td[normalize-space()='" + documentId + "']]");
  }

  private void filterOn(String query) {
    browser.type("filters:query", query);
    browser.click("filters:apply");
  }

  private int rowIndex(String documentId) {
    List<String> ids =
        browser.driver().findElements(By.cssSelector("[id$=':documentId']")).stream()
            .map(e -> e.getText())
            .toList();
    return ids.indexOf(documentId);
  }

  @Test
  void a_stopped_document_shows_its_reference_and_reason_and_is_resent_after_the_fix() {
    String t = token();
    String documentId = "INV-" + t;
    Api.routeByCustomerNumber(EDITOR, documentId, "FIX-" + t);

    browser.signIn(EDITOR);
    browser.menu("menuStopped");
    String text = browser.driver().findElement(row(documentId)).getText();
    assertThat(text).contains("No match").contains("Customer number: FIX-" + t);
    assertThat(text).doesNotContain(noMatch(documentId));
    browser.check("40-stopped-documents");

    Api.Participant participant = Api.registerParticipant("Fixed Recipient " + t, 1);
    Api.addCustomer(EDITOR, participant.id(), "FIX-" + t);
    browser.go("stopped-documents.xhtml");
    browser.click(By.cssSelector("button[aria-label='Resend " + documentId + "']"));

    assertThat(browser.messages())
        .contains("Document " + documentId + " routed to " + participant.name());
    assertThat(browser.driver().findElements(row(documentId))).isEmpty();
  }

  @Test
  void a_resend_that_still_fails_says_why_and_a_stopped_document_can_be_deleted() {
    String t = token();
    String documentId = "INV-" + t;
    Api.routeByCustomerNumber(EDITOR, documentId, "NOWHERE-" + t);
    browser.signIn(EDITOR);
    browser.go("stopped-documents.xhtml");

    browser.click(By.cssSelector("button[aria-label='Resend " + documentId + "']"));
    browser.waitForMessage("Document " + documentId + " is still stopped");

    browser
        .field("stopped")
        .findElement(By.cssSelector("button[aria-label='Delete " + documentId + "']"))
        .click();
    browser.visible(By.cssSelector(".ui-confirm-dialog"));
    assertThat(browser.text()).contains("cannot be resent afterwards");
    browser.check("41-stopped-documents-delete-confirmation");
    browser.click(By.id("stopped:confirmYes"));

    browser.waitForText("Document " + documentId + " deleted.");
    assertThat(browser.driver().findElements(row(documentId))).isEmpty();
  }

  @Test
  void after_a_customer_is_saved_the_documents_it_now_matches_are_offered_for_resending_together() {
    String t = token();
    Api.routeByCustomerNumber(EDITOR, "A-" + t, "LATE-" + t);
    Api.routeByCustomerNumber(EDITOR, "B-" + t, "LATE-" + t);
    Api.Participant participant = Api.registerParticipant("Late Customer " + t, 1);
    String customerId = Api.addCustomer(EDITOR, participant.id(), "EARLY-" + t);

    browser.signIn(EDITOR);
    browser.go("settings.xhtml?id=" + customerId);
    browser.type("settings:tabs:numbers", "EARLY-" + t + ", LATE-" + t);
    browser.click("settings:tabs:saveNumbers");

    assertThat(browser.text("offer"))
        .contains("2 stopped document(s)")
        .contains("A-" + t)
        .contains("B-" + t);
    browser.check("42-settings-resend-offer");
    browser.click("offerForm:resendAll");

    browser.waitForMessage("2 document(s) routed, 0 still stopped.");
    assertThat(browser.has("offer")).isFalse();
  }

  @Test
  void filters_and_counts_narrow_the_list_which_shows_the_newest_first() throws Exception {
    String t = token();
    Api.routeByCustomerNumber(EDITOR, "OLD-" + t, "NUM-" + t);
    Thread.sleep(20);
    Api.routeByCustomerNumber(EDITOR, "NEW-" + t, "NUM-" + t);
    Api.routeByCustomerNumber(EDITOR, "ELSE-" + t, "OTHER-" + t);
    browser.signIn(VIEWER);
    browser.go("stopped-documents.xhtml");

    filterOn("*" + t);
    assertThat(browser.text("summary")).contains("3 stopped document(s) match");
    assertThat(browser.text("reasons")).contains("No match (3)").contains("Customer inactive (0)");
    assertThat(rowIndex("NEW-" + t)).isLessThan(rowIndex("OLD-" + t));
    browser.type("filters:customerNumber", "NUM-" + t);
    browser.click("filters:apply");
    assertThat(browser.text("summary")).contains("2 stopped document(s) match");
    assertThat(browser.text()).doesNotContain("ELSE-" + t);
    browser.check("43-stopped-documents-filtered");

    browser.type("filters:receivedTo", "2000-01-01");
    browser.click("filters:apply");
    assertThat(browser.text("empty")).contains("No stopped document matches these filters.");
    browser.click("filters:clear");
    assertThat(browser.text()).contains("ELSE-" + t);
  }

  @Test
  void
      selected_rows_are_resent_and_everything_matching_deleted_after_a_confirmation_with_the_count() {
    String t = token();
    Api.routeByCustomerNumber(EDITOR, "S1-" + t, "SEL-" + t);
    Api.routeByCustomerNumber(EDITOR, "S2-" + t, "SEL-" + t);
    Api.routeByCustomerNumber(EDITOR, "S3-" + t, "REST-" + t);
    Api.routeByCustomerNumber(EDITOR, "S4-" + t, "REST-" + t);
    Api.addCustomer(EDITOR, Api.registerParticipant("Selected " + t, 1).id(), "SEL-" + t);
    browser.signIn(EDITOR);
    browser.go("stopped-documents.xhtml");
    filterOn("*" + t);

    browser.click("stopped:resendSelected");
    assertThat(browser.messages()).contains("Select at least one document first.");
    browser
        .field("stopped")
        .findElement(By.cssSelector("input[aria-label='Select S1-" + t + "']"))
        .click();
    browser
        .field("stopped")
        .findElement(By.cssSelector("input[aria-label='Select S2-" + t + "']"))
        .click();
    browser.click("stopped:resendSelected");
    assertThat(browser.text("confirmation"))
        .contains("Resend the 2 selected stopped document(s) with the directory as it is now?");
    browser.check("44-stopped-documents-confirm-selected");
    browser.click("confirmForm:yes");
    browser.waitForMessage("2 document(s) routed, 0 still stopped.");

    browser.click("stopped:deleteMatching");
    assertThat(browser.text("confirmation"))
        .contains("Delete all 2 stopped document(s) that match the filters?");
    browser.check("45-stopped-documents-confirm-matching");
    browser.click("confirmForm:yes");
    browser.waitForMessage("2 stopped document(s) deleted.");
    assertThat(browser.text("empty")).contains("No stopped document matches these filters.");
  }

  @Test
  void a_stopped_number_is_added_to_an_existing_customer_in_place_and_its_documents_resent() {
    String t = token();
    Api.routeByCustomerNumber(EDITOR, "FA-" + t, "MISSING-" + t);
    Api.routeByCustomerNumber(EDITOR, "FB-" + t, "MISSING-" + t);
    Api.Participant participant = Api.registerParticipant("Fix In Place " + t, 1);
    Api.addCustomer(EDITOR, participant.id(), "KNOWN-" + t);
    browser.signIn(EDITOR);
    browser.go("stopped-documents.xhtml");
    filterOn("FA-" + t);

    browser.click(By.cssSelector("[aria-label='Fix FA-" + t + "']"));
    assertThat(browser.text("document")).contains(noMatch("FA-" + t)).contains("MISSING-" + t);
    browser.type("customerSearch:query", "*" + t);
    browser.click("customerSearch:go");
    browser.check("46-fix-document");
    browser.click(
        By.cssSelector("button[aria-label='Add MISSING-" + t + " to " + participant.name() + "']"));

    browser.waitForMessage("Customer number MISSING-" + t + " added to " + participant.name());
    assertThat(browser.text("offer"))
        .contains("2 stopped document(s) now match this customer: resend them.")
        .contains("FA-" + t)
        .contains("FB-" + t);
    browser.check("47-fix-resend-offer");
    browser.click("offerForm:resendAll");
    browser.waitForMessage("2 document(s) routed, 0 still stopped.");
  }

  @Test
  void a_stopped_document_adds_its_recipient_from_the_registry_with_its_number() {
    String t = token();
    Api.routeByCustomerNumber(EDITOR, "REG-" + t, "NEWNUM-" + t);
    Api.Participant participant = Api.registerParticipant("From Registry " + t, 1);
    browser.signIn(EDITOR);
    browser.go("fix-document.xhtml?id=REG-" + t);

    browser.click("addFromRegistry");
    assertThat(browser.text("fromStopped")).contains("NEWNUM-" + t);
    browser.type("registrySearch:query", participant.name());
    browser.click("registrySearch:go");
    browser.click(By.cssSelector("button[aria-label='Select " + participant.name() + "']"));
    assertThat(browser.field("add:numbers").getAttribute("value")).isEqualTo("NEWNUM-" + t);
    browser.check("48-add-from-registry-with-number");
    browser.click("add:save");

    assertThat(browser.text("offer"))
        .contains("1 stopped document(s) now match this customer: resend them.")
        .contains("REG-" + t);
    browser.click("offerForm:resendAll");
    browser.waitForMessage("1 document(s) routed, 0 still stopped.");
  }

  @Test
  void a_viewer_sees_stopped_documents_without_resend_or_delete() {
    String t = token();
    Api.routeByCustomerNumber(EDITOR, "VIEW-" + t, "NONE-" + t);
    browser.signIn(VIEWER);
    browser.go("stopped-documents.xhtml");

    assertThat(browser.text()).contains("VIEW-" + t);
    assertThat(browser.driver().findElements(By.cssSelector("button[aria-label^='Resend']")))
        .isEmpty();
    assertThat(browser.driver().findElements(By.cssSelector("button[aria-label^='Delete']")))
        .isEmpty();
    assertThat(browser.has("stopped:resendMatching")).isFalse();
    browser.click(By.cssSelector("[aria-label='Details of VIEW-" + t + "']"));
    assertThat(browser.text()).contains("An editor can fix the customer directory");
    assertThat(browser.has("customerSearch:query")).isFalse();
    browser.check("49-fix-document-viewer");
  }
}
