package com.routebook.adapter.jsf.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.adapter.jsf.support.RecordingFeedback;
import com.routebook.application.port.Page;
import com.routebook.application.port.in.directory.AddCustomerUseCase.AddCustomerCommand;
import com.routebook.application.port.out.DirectorySearch.CustomerSummary;
import com.routebook.application.port.out.RegistrySearch.ParticipantSummary;
import com.routebook.domain.customer.CustomerExistsException;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.identifier.EAddress;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ServiceProvider;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddCustomerBeanTest {

  private final RecordingFeedback feedback = new RecordingFeedback();
  private final Participant acme =
      Participant.register(
          "Acme AB",
          "SE",
          EAddress.parse("0007:5560360793"),
          List.of(),
          List.of(Views.PAGERO, Views.OTHER),
          Views.OTHER.id());
  private final List<AddCustomerCommand> added = new ArrayList<>();
  private List<CustomerSummary> directory = List.of();
  private RuntimeException refusal;

  private final AddCustomerBean bean =
      new AddCustomerBean(
          query -> Page.of(List.of(ParticipantSummary.of(acme)), query.page()),
          id -> acme,
          query -> Page.of(directory, query.page()),
          command -> {
            if (refusal != null) {
              throw refusal;
            }
            added.add(command);
            return Views.acme(0, command.customerNumbers().asStrings().toArray(String[]::new));
          },
          feedback);

  @Test
  void searchesTheRegistryCaseSensitivelyByDefault() {
    bean.setQuery("Acme*");
    bean.search();

    assertThat(bean.getResults()).extracting(p -> p.getName()).containsExactly("Acme AB");
    assertThat(bean.isMatchCase()).isTrue();
  }

  @Test
  void pickingAParticipantOffersItsProvidersWithTheDefaultChosen() {
    assertThat(bean.select(acme.id().value())).isNull();

    assertThat(bean.getSelected().getName()).isEqualTo("Acme AB");
    assertThat(bean.getSelected().isProviderChoice()).isTrue();
    assertThat(bean.getProviderId()).isEqualTo(Views.OTHER.id().value());
  }

  @Test
  void savingAddsTheCustomerWithNumbersAndProviderAndShowsIt() {
    bean.select(acme.id().value());
    bean.setNumbersText("A-1, B-2");
    bean.setProviderId(Views.PAGERO.id().value());

    String outcome = bean.save();

    assertThat(added)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.participantId()).isEqualTo(acme.id());
              assertThat(c.customerNumbers().asStrings()).containsExactly("A-1", "B-2");
              assertThat(c.serviceProviderId()).isEqualTo(Views.PAGERO.id());
            });
    assertThat(outcome).isEqualTo("/customer.xhtml?faces-redirect=true&id=c-1&notice=kept");
  }

  @Test
  void aParticipantAlreadyInTheDirectoryLeadsToTheExistingCustomer() {
    directory = List.of(Views.row("c-9", acme.id(), 0, "A-1"));

    String outcome = bean.select(acme.id().value());

    assertThat(outcome).isEqualTo("/customer.xhtml?faces-redirect=true&id=c-9&notice=kept");
    assertThat(feedback.at(null))
        .containsExactly("This company already is a customer in your directory.");
  }

  @Test
  void addingAnExistingCustomerAnywayLeadsToIt() {
    bean.select(acme.id().value());
    bean.setNumbersText("A-1");
    refusal = new CustomerExistsException(new CustomerId("c-7"));

    assertThat(bean.save()).isEqualTo("/customer.xhtml?faces-redirect=true&id=c-7&notice=kept");
  }

  @Test
  void badNumbersAreShownBesideTheBox() {
    bean.select(acme.id().value());
    bean.setNumbersText("A 1");

    assertThat(bean.save()).isNull();
    assertThat(added).isEmpty();
    assertThat(feedback.at(AddCustomerBean.NUMBERS_FIELD)).hasSize(1);
  }

  @Test
  void aProviderChoiceIsNotOfferedForASingleProvider() {
    Participant single =
        Participant.register(
            "Solo AB",
            "SE",
            EAddress.parse("0007:5560360793"),
            List.of(),
            List.of(ServiceProvider.named("Only")),
            null);
    assertThat(com.routebook.adapter.jsf.support.ParticipantModel.of(single).isProviderChoice())
        .isFalse();
  }
}
