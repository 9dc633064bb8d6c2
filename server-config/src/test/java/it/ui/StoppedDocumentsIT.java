package it.ui;

import static org.assertj.core.api.Assertions.assertThat;

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

  @Test
  void a_stopped_document_shows_its_reason_and_message_and_is_resent_after_the_fix() {
    String t = token();
    String documentId = "INV-" + t;
    Api.routeByCustomerNumber(EDITOR, documentId, "FIX-" + t);

    browser.signIn(EDITOR);
    browser.menu("menuStopped");
    String text = browser.driver().findElement(row(documentId)).getText();
    assertThat(text).contains("No match").contains(noMatch(documentId));
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
  }
}
