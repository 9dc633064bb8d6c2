package com.routebook.adapter.jsf.directory;

import com.routebook.adapter.jsf.support.Feedback;
import com.routebook.adapter.jsf.support.Paging;
import com.routebook.adapter.jsf.support.ParticipantModel;
import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.in.directory.AddCustomerUseCase;
import com.routebook.application.port.in.directory.AddCustomerUseCase.AddCustomerCommand;
import com.routebook.application.port.in.directory.CustomerView;
import com.routebook.application.port.in.directory.SearchDirectoryUseCase;
import com.routebook.application.port.in.directory.SearchDirectoryUseCase.SearchDirectoryQuery;
import com.routebook.application.port.in.registry.GetParticipantUseCase;
import com.routebook.application.port.in.registry.SearchRegistryUseCase;
import com.routebook.application.port.in.registry.SearchRegistryUseCase.SearchRegistryQuery;
import com.routebook.application.port.out.RegistrySearch.ParticipantSummary;
import com.routebook.domain.DomainException;
import com.routebook.domain.Input;
import com.routebook.domain.customer.CustomerExistsException;
import com.routebook.domain.customer.CustomerNumbers;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ServiceProviderId;
import com.routebook.domain.search.SearchPattern;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Add customer: search the public registry, pick the participant, enter the customer numbers,
 * choose the provider and save. A participant that already is a customer leads to that customer.
 */
@Named("addCustomer")
@ViewScoped
public class AddCustomerBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Participants per page. */
  public static final int PAGE_SIZE = 10;

  static final String QUERY_FIELD = "registrySearch:query";
  static final String NUMBERS_FIELD = "add:numbers";
  static final String PROVIDER_FIELD = "add:provider";

  private SearchRegistryUseCase searchRegistry;
  private GetParticipantUseCase getParticipant;
  private SearchDirectoryUseCase searchDirectory;
  private AddCustomerUseCase addCustomer;
  private Feedback feedback;

  private String query;
  private boolean matchCase = true;
  private boolean searched;
  private final Paging paging = new Paging(PAGE_SIZE);
  private List<ParticipantModel> results = List.of();
  private ParticipantModel selected;
  private String numbersText;
  private String providerId;
  private String number;
  private String registryQuery;
  private boolean opened;

  /** For the CDI proxy only. */
  protected AddCustomerBean() {}

  @Inject
  public AddCustomerBean(
      SearchRegistryUseCase searchRegistry,
      GetParticipantUseCase getParticipant,
      SearchDirectoryUseCase searchDirectory,
      AddCustomerUseCase addCustomer,
      Feedback feedback) {
    this.searchRegistry = searchRegistry;
    this.getParticipant = getParticipant;
    this.searchDirectory = searchDirectory;
    this.addCustomer = addCustomer;
    this.feedback = feedback;
  }

  /**
   * Opens the page, from a stopped document too: {@code q} searches the registry at once (a
   * reference the document carried) and {@code number} is the customer number the new customer
   * takes.
   */
  public void open() {
    if (opened) {
      return;
    }
    opened = true;
    if (registryQuery != null && !registryQuery.isBlank()) {
      query = registryQuery;
      search();
    }
  }

  /** Searches the public registry from the first page. */
  public void search() {
    paging.first();
    load();
  }

  public void nextPage() {
    paging.next();
    load();
  }

  public void previousPage() {
    paging.previous();
    load();
  }

  private void load() {
    selected = null;
    try {
      SearchPattern pattern = SearchPattern.parse(query, matchCase);
      Page<ParticipantSummary> page =
          searchRegistry.search(new SearchRegistryQuery(pattern, paging.request()));
      paging.loaded(page);
      results = page.items().stream().map(ParticipantModel::of).toList();
      searched = true;
    } catch (DomainException e) {
      results = List.of();
      searched = false;
      feedback.report(e, Map.of(Input.SEARCH, QUERY_FIELD));
    }
  }

  /**
   * Picks a participant: one already in the directory leads to that customer; otherwise the form
   * for its numbers and provider opens.
   */
  public String select(String participantId) {
    try {
      Participant participant = getParticipant.get(new ParticipantId(participantId));
      Optional<String> existing = existingCustomer(participant);
      if (existing.isPresent()) {
        return toExisting(existing.get());
      }
      selected = ParticipantModel.of(participant);
      providerId = selected.getDefaultProviderId();
      numbersText = number == null || number.isBlank() ? null : number;
    } catch (DomainException e) {
      feedback.report(e);
    }
    return null;
  }

  /** Goes back to the search results. */
  public void cancel() {
    selected = null;
  }

  /** Adds the picked participant as a customer and shows it, with any documents to resend. */
  public String save() {
    try {
      CustomerNumbers numbers = CustomerNumbers.parse(numbersText);
      CustomerView added =
          addCustomer.add(
              AddCustomerCommand.forParticipant(
                  new ParticipantId(selected.getId()),
                  numbers,
                  providerId == null || providerId.isBlank()
                      ? null
                      : new ServiceProviderId(providerId)));
      feedback.info("add.added", added.name());
      return feedback.redirect("/customer.xhtml?faces-redirect=true&id=" + added.id().value());
    } catch (CustomerExistsException e) {
      return toExisting(e.existingCustomerId().value());
    } catch (DomainException e) {
      feedback.report(
          e, Map.of(Input.CUSTOMER_NUMBERS, NUMBERS_FIELD, Input.SERVICE_PROVIDER, PROVIDER_FIELD));
      return null;
    }
  }

  private String toExisting(String customerId) {
    feedback.info("add.exists");
    return feedback.redirect("/customer.xhtml?faces-redirect=true&id=" + customerId);
  }

  /** The tenant's customer for the participant, found by its exact E-address. */
  private Optional<String> existingCustomer(Participant participant) {
    SearchPattern byAddress =
        SearchPattern.parse(SearchPattern.escape(participant.eAddressText()), false);
    return searchDirectory
        .search(new SearchDirectoryQuery(byAddress, null, new PageRequest(0, PageRequest.MAX_SIZE)))
        .items()
        .stream()
        .filter(customer -> customer.participantId().equals(participant.id()))
        .map(customer -> customer.id().value())
        .findFirst();
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public boolean isMatchCase() {
    return matchCase;
  }

  public void setMatchCase(boolean matchCase) {
    this.matchCase = matchCase;
  }

  public boolean isSearched() {
    return searched;
  }

  public Paging getPaging() {
    return paging;
  }

  public List<ParticipantModel> getResults() {
    return results;
  }

  public ParticipantModel getSelected() {
    return selected;
  }

  public String getNumbersText() {
    return numbersText;
  }

  public void setNumbersText(String numbersText) {
    this.numbersText = numbersText;
  }

  /** The customer number a stopped document carried, for the new customer ({@code number}). */
  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  /** The registry search a stopped document suggests ({@code q}). */
  public String getRegistryQuery() {
    return registryQuery;
  }

  public void setRegistryQuery(String registryQuery) {
    this.registryQuery = registryQuery;
  }

  public String getProviderId() {
    return providerId;
  }

  public void setProviderId(String providerId) {
    this.providerId = providerId;
  }
}
