package com.routebook.adapter.jsf.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.adapter.jsf.support.RecordingFeedback;
import com.routebook.application.port.in.directory.CustomerVersionCommand;
import com.routebook.application.port.in.directory.CustomerView;
import com.routebook.application.port.in.directory.ReplaceCustomerNumbersUseCase.ReplaceCustomerNumbersCommand;
import com.routebook.application.port.in.routing.ResendCustomerDocumentsUseCase;
import com.routebook.domain.ConflictException;
import com.routebook.domain.ForbiddenException;
import com.routebook.domain.Rule;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.routing.DocumentRecord;
import com.routebook.domain.routing.RoutingDecision;
import com.routebook.domain.tenant.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerSettingsBeanTest {

  private final RecordingFeedback feedback = new RecordingFeedback();
  private final List<ReplaceCustomerNumbersCommand> replaced = new ArrayList<>();
  private final List<CustomerVersionCommand> deleted = new ArrayList<>();
  private CustomerView stored = Views.acme(3, "A-1", "B-2");
  private RuntimeException refusal;

  private final ResendOfferBean offer =
      new ResendOfferBean(
          new ResendCustomerDocumentsUseCase() {
            @Override
            public List<DocumentRecord> stoppedDocumentsMatching(CustomerId customerId) {
              return List.of();
            }

            @Override
            public List<RoutingDecision> resendMatching(CustomerId customerId) {
              return List.of();
            }
          },
          feedback);

  private final CustomerSettingsBean bean =
      new CustomerSettingsBean(
          query -> stored,
          command -> {
            if (refusal != null) {
              throw refusal;
            }
            replaced.add(command);
            stored =
                Views.acme(
                    command.expectedVersion() + 1,
                    command.customerNumbers().asStrings().toArray(String[]::new));
            return stored;
          },
          command -> stored,
          command -> stored,
          command -> stored,
          command -> {
            if (refusal != null) {
              throw refusal;
            }
            deleted.add(command);
          },
          offer,
          feedback);

  private void open() {
    bean.setId("c-1");
    bean.load();
  }

  @Test
  void showsTheNumbersCommaSeparatedAndTheProviderChoice() {
    open();

    assertThat(bean.getNumbersText()).isEqualTo("A-1, B-2");
    assertThat(bean.getProviderId()).isEqualTo("sp-1");
    assertThat(bean.getModel().isProviderChoice()).isTrue();
  }

  @Test
  void savesTheNumbersOfTheBoxAgainstTheVersionRead() {
    open();
    bean.setNumbersText("A-1, C-3 ");

    bean.saveNumbers();

    assertThat(replaced)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.customerNumbers().asStrings()).containsExactly("A-1", "C-3");
              assertThat(c.expectedVersion()).isEqualTo(3);
            });
    assertThat(bean.getModel().getVersion()).isEqualTo(4);
    assertThat(feedback.at(null)).containsExactly("Customer numbers saved.");
  }

  @Test
  void aBadItemIsShownBesideTheBoxAndNothingIsSaved() {
    open();
    bean.setNumbersText("A-1, , B 2");

    bean.saveNumbers();

    assertThat(replaced).isEmpty();
    assertThat(feedback.at(CustomerSettingsBean.NUMBERS_FIELD)).hasSize(2);
  }

  @Test
  void aStaleChangeOverwritesNothingAndAsksToReload() {
    open();
    refusal = ConflictException.concurrentChange();
    bean.setNumbersText("X-9");

    bean.saveNumbers();

    assertThat(bean.isStale()).isTrue();
    assertThat(bean.getNumbersText()).isEqualTo("X-9");
    assertThat(bean.getModel().getVersion()).isEqualTo(3);
    assertThat(feedback.at(null)).singleElement().asString().contains("changed by someone else");
  }

  @Test
  void theEditorAddsAndRemovesNumbersOneByOne() {
    open();
    bean.openEditor();
    bean.setNewNumber("C-3");
    bean.addNumber();
    bean.removeNumber("A-1");

    assertThat(bean.getEditorNumbers()).containsExactly("B-2", "C-3");
    assertThat(replaced).isEmpty();

    bean.saveEditor();

    assertThat(replaced)
        .singleElement()
        .extracting(c -> c.customerNumbers().asStrings())
        .isEqualTo(List.of("B-2", "C-3"));
    assertThat(bean.isEditorSaved()).isTrue();
  }

  @Test
  void theEditorRefusesADuplicateBesideItsBox() {
    open();
    bean.openEditor();
    bean.setNewNumber("B-2");
    bean.addNumber();

    assertThat(bean.getEditorNumbers()).containsExactly("A-1", "B-2");
    assertThat(feedback.at(CustomerSettingsBean.NEW_NUMBER_FIELD))
        .singleElement()
        .asString()
        .contains("twice");
  }

  @Test
  void deletingGoesBackToMyCustomersWithAMessage() {
    open();

    String outcome = bean.delete();

    assertThat(deleted)
        .singleElement()
        .extracting(CustomerVersionCommand::expectedVersion)
        .isEqualTo(3L);
    assertThat(outcome).startsWith("/customers.xhtml");
    assertThat(feedback.kept).isTrue();
  }

  @Test
  void aRefusedDeleteStaysOnThePage() {
    open();
    refusal = new ForbiddenException(Rule.LACKS_ROLE, "demo-viewer", Role.EDITOR);

    assertThat(bean.delete()).isNull();
    assertThat(feedback.at(null))
        .containsExactly(
            "You are not allowed to do that: demo-viewer does not have the role editor.");
  }
}
