package com.routebook.adapter.jsf.registry;

import com.routebook.adapter.jsf.support.Feedback;
import com.routebook.adapter.jsf.support.Paging;
import com.routebook.adapter.jsf.support.ParticipantModel;
import com.routebook.application.port.Page;
import com.routebook.application.port.in.registry.ActivateParticipantUseCase;
import com.routebook.application.port.in.registry.DeactivateParticipantUseCase;
import com.routebook.application.port.in.registry.GetParticipantUseCase;
import com.routebook.application.port.in.registry.ListServiceProvidersUseCase;
import com.routebook.application.port.in.registry.ParticipantData;
import com.routebook.application.port.in.registry.ParticipantData.RawIdentifier;
import com.routebook.application.port.in.registry.RegisterParticipantUseCase;
import com.routebook.application.port.in.registry.SearchRegistryUseCase;
import com.routebook.application.port.in.registry.SearchRegistryUseCase.SearchRegistryQuery;
import com.routebook.application.port.out.RegistrySearch.ParticipantSummary;
import com.routebook.domain.DomainException;
import com.routebook.domain.Input;
import com.routebook.domain.identifier.IdentifierScheme;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ServiceProviderId;
import com.routebook.domain.search.SearchPattern;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Public registry: every signed-in user searches participants and reads their details; network
 * administrators also mark one "Non existing" (deactivate) or bring it back, and register a new
 * one.
 */
@Named("registry")
@ViewScoped
public class RegistryBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Participants per page. */
  public static final int PAGE_SIZE = 20;

  private static final Map<Input, String> FIELDS =
      Map.of(
          Input.NAME, "register:name",
          Input.COUNTRY, "register:country",
          Input.COUNTRY_CODE, "register:country",
          Input.E_ADDRESS, "register:eAddress",
          Input.ORGANIZATION_NUMBER, "register:organizationNumber",
          Input.SERVICE_PROVIDERS, "register:providers",
          Input.DEFAULT_SERVICE_PROVIDER, "register:defaultProvider");

  private SearchRegistryUseCase searchRegistry;
  private ActivateParticipantUseCase activateParticipant;
  private DeactivateParticipantUseCase deactivateParticipant;
  private RegisterParticipantUseCase registerParticipant;
  private ListServiceProvidersUseCase listProviders;
  private Feedback feedback;
  @Inject private GetParticipantUseCase getParticipant;
  private ParticipantModel selected;

  private String query;
  private boolean matchCase = true;
  private boolean searched;
  private final Paging paging = new Paging(PAGE_SIZE);
  private List<ParticipantModel> results = List.of();

  private String name;
  private String country;
  private String eAddress;
  private String organizationNumber;
  private List<String> providerIds = new ArrayList<>();
  private String defaultProviderId;
  private List<ParticipantModel.ProviderOption> providers;

  /** For the CDI proxy only. */
  protected RegistryBean() {}

  @Inject
  public RegistryBean(
      SearchRegistryUseCase searchRegistry,
      ActivateParticipantUseCase activateParticipant,
      DeactivateParticipantUseCase deactivateParticipant,
      RegisterParticipantUseCase registerParticipant,
      ListServiceProvidersUseCase listProviders,
      Feedback feedback) {
    this.searchRegistry = searchRegistry;
    this.activateParticipant = activateParticipant;
    this.deactivateParticipant = deactivateParticipant;
    this.registerParticipant = registerParticipant;
    this.listProviders = listProviders;
    this.feedback = feedback;
  }

  /** Searches from the first page. */
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
      feedback.report(e, Map.of(Input.SEARCH, "registrySearch:query"));
    }
  }

  /** Shows the details of one participant of the results (every user may read them). */
  public void select(String participantId) {
    try {
      selected = ParticipantModel.of(getParticipant.get(new ParticipantId(participantId)));
    } catch (DomainException e) {
      selected = null;
      feedback.report(e);
    }
  }

  /** The participant whose details are shown, or {@code null}. */
  public ParticipantModel getSelected() {
    return selected;
  }

  /** Marks a participant "Non existing": routing to it stops. */
  public void deactivate(String participantId) {
    try {
      Participant participant = deactivateParticipant.deactivate(new ParticipantId(participantId));
      feedback.info("registry.deactivated", participant.name());
    } catch (DomainException e) {
      feedback.report(e);
    }
    load();
  }

  /** Brings a participant back into the network. */
  public void activate(String participantId) {
    try {
      Participant participant = activateParticipant.activate(new ParticipantId(participantId));
      feedback.info("registry.activated", participant.name());
    } catch (DomainException e) {
      feedback.report(e);
    }
    load();
  }

  /** Registers the participant of the form and lists it. */
  public void register() {
    try {
      List<RawIdentifier> identifiers =
          organizationNumber == null || organizationNumber.isBlank()
              ? List.of()
              : List.of(
                  new RawIdentifier(IdentifierScheme.ORGANIZATION_NUMBER, organizationNumber));
      Participant participant =
          registerParticipant.register(
              new ParticipantData(
                  name,
                  country == null ? null : country.strip().toUpperCase(java.util.Locale.ROOT),
                  eAddress,
                  identifiers,
                  providerIds.stream().map(ServiceProviderId::new).toList(),
                  defaultProviderId == null || defaultProviderId.isBlank()
                      ? null
                      : new ServiceProviderId(defaultProviderId)));
      feedback.info("registry.registered", participant.name());
      query = SearchPattern.escape(participant.name());
      matchCase = true;
      name = null;
      country = null;
      eAddress = null;
      organizationNumber = null;
      providerIds = new ArrayList<>();
      defaultProviderId = null;
      search();
    } catch (DomainException e) {
      feedback.report(e, FIELDS);
    }
  }

  /** The network's service providers, for the form. */
  public List<ParticipantModel.ProviderOption> getProviders() {
    if (providers == null) {
      providers = listProviders.list().stream().map(ParticipantModel.ProviderOption::of).toList();
    }
    return providers;
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

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getElectronicAddress() {
    return eAddress;
  }

  public void setElectronicAddress(String eAddress) {
    this.eAddress = eAddress;
  }

  public String getOrganizationNumber() {
    return organizationNumber;
  }

  public void setOrganizationNumber(String organizationNumber) {
    this.organizationNumber = organizationNumber;
  }

  public List<String> getProviderIds() {
    return providerIds;
  }

  public void setProviderIds(List<String> providerIds) {
    this.providerIds = providerIds == null ? new ArrayList<>() : new ArrayList<>(providerIds);
  }

  public String getDefaultProviderId() {
    return defaultProviderId;
  }

  public void setDefaultProviderId(String defaultProviderId) {
    this.defaultProviderId = defaultProviderId;
  }
}
