package com.routebook.adapter.jsf.directory;

import com.routebook.adapter.jsf.support.Feedback;
import com.routebook.adapter.jsf.support.ParticipantModel;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.in.directory.CustomerView;
import com.routebook.application.port.in.directory.RelinkCustomerUseCase;
import com.routebook.application.port.in.directory.RelinkCustomerUseCase.RelinkCustomerCommand;
import com.routebook.application.port.in.registry.SearchRegistryUseCase;
import com.routebook.application.port.in.registry.SearchRegistryUseCase.SearchRegistryQuery;
import com.routebook.domain.DomainException;
import com.routebook.domain.Input;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.search.SearchPattern;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Re-link on a customer's Advanced settings: search the public registry for the participant the
 * company moved to and point the customer at it (numbers, state and history stay; audited).
 */
@Named("relink")
@ViewScoped
public class RelinkBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Participants shown per search. */
  public static final int RESULTS = 10;

  /** Client id of the registry search box on the Advanced tab. */
  static final String QUERY_FIELD = "settings:tabs:relinkQuery";

  private SearchRegistryUseCase searchRegistry;
  private RelinkCustomerUseCase relinkCustomer;
  private Feedback feedback;

  private String query;
  private boolean searched;
  private List<ParticipantModel> results = List.of();

  /** For the CDI proxy only. */
  protected RelinkBean() {}

  @Inject
  public RelinkBean(
      SearchRegistryUseCase searchRegistry,
      RelinkCustomerUseCase relinkCustomer,
      Feedback feedback) {
    this.searchRegistry = searchRegistry;
    this.relinkCustomer = relinkCustomer;
    this.feedback = feedback;
  }

  /** Searches the registry (case insensitive) for the participant to move to. */
  public void search() {
    try {
      results =
          searchRegistry
              .search(
                  new SearchRegistryQuery(
                      SearchPattern.parse(query, false), new PageRequest(0, RESULTS)))
              .items()
              .stream()
              .map(ParticipantModel::of)
              .toList();
      searched = true;
    } catch (DomainException e) {
      results = List.of();
      searched = false;
      feedback.report(e, Map.of(Input.SEARCH, QUERY_FIELD));
    }
  }

  /**
   * Points the customer at the participant and shows the customer; a refusal (the participant
   * already is a customer, a change by someone else) stays on the settings.
   */
  public String relink(String customerId, long version, String participantId) {
    try {
      CustomerView moved =
          relinkCustomer.relink(
              new RelinkCustomerCommand(
                  new CustomerId(customerId),
                  new ParticipantId(participantId),
                  null,
                  null,
                  version));
      feedback.info("relink.done", moved.name());
      return feedback.redirect("/customer.xhtml?faces-redirect=true&id=" + customerId);
    } catch (DomainException e) {
      feedback.report(e);
      return null;
    }
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public boolean isSearched() {
    return searched;
  }

  public List<ParticipantModel> getResults() {
    return results;
  }
}
