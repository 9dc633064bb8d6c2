package com.routebook.adapter.jsf.directory;

import com.routebook.adapter.jsf.support.Feedback;
import com.routebook.application.port.in.directory.GetCustomerHistoryUseCase;
import com.routebook.application.port.in.directory.GetCustomerHistoryUseCase.GetCustomerHistoryQuery;
import com.routebook.application.port.in.directory.GetCustomerUseCase;
import com.routebook.application.port.in.directory.GetCustomerUseCase.GetCustomerQuery;
import com.routebook.domain.DomainException;
import com.routebook.domain.customer.CustomerId;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A customer's details: identifiers, E-address, providers, numbers, state and history. */
@Named("customer")
@ViewScoped
public class CustomerBean implements Serializable {

  private static final long serialVersionUID = 1L;

  private GetCustomerUseCase getCustomer;
  private GetCustomerHistoryUseCase getHistory;
  private Feedback feedback;

  private String id;
  private CustomerModel model;
  private List<HistoryEntry> history = List.of();

  /** For the CDI proxy only. */
  protected CustomerBean() {}

  @Inject
  public CustomerBean(
      GetCustomerUseCase getCustomer, GetCustomerHistoryUseCase getHistory, Feedback feedback) {
    this.getCustomer = getCustomer;
    this.getHistory = getHistory;
    this.feedback = feedback;
  }

  /** Loads the customer named by the {@code id} parameter. */
  public void load() {
    model = null;
    history = List.of();
    if (id == null || id.isBlank()) {
      feedback.error(null, "error.notFound");
      return;
    }
    try {
      CustomerId customerId = new CustomerId(id);
      model = CustomerModel.of(getCustomer.get(new GetCustomerQuery(customerId)));
      Map<String, String> names =
          model.getServiceProviders().stream()
              .collect(
                  Collectors.toMap(
                      CustomerModel.ProviderModel::id,
                      CustomerModel.ProviderModel::name,
                      (a, b) -> a));
      history =
          getHistory.history(new GetCustomerHistoryQuery(customerId)).stream()
              .map(change -> HistoryEntry.of(change, names))
              .toList();
    } catch (DomainException e) {
      model = null;
      feedback.report(e);
    }
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public CustomerModel getModel() {
    return model;
  }

  public List<HistoryEntry> getHistory() {
    return history;
  }
}
