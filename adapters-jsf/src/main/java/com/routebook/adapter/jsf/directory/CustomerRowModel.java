package com.routebook.adapter.jsf.directory;

import com.routebook.application.port.out.DirectorySearch.CustomerSummary;
import com.routebook.domain.customer.CustomerState;
import java.io.Serializable;
import java.util.List;

/** A row of My Customers' result list as the page shows it: plain strings with getters. */
public final class CustomerRowModel implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String id;
  private final String name;
  private final List<String> customerNumbers;
  private final String serviceProvider;
  private final boolean active;
  private final boolean nonExisting;
  private final String electronicAddress;

  private CustomerRowModel(CustomerSummary row) {
    this.id = row.id().value();
    this.name = row.name();
    this.customerNumbers = List.copyOf(row.customerNumbers());
    this.serviceProvider = row.serviceProvider().name();
    this.active = row.state() == CustomerState.ACTIVE;
    this.nonExisting = row.nonExisting();
    this.electronicAddress = row.eAddress();
  }

  /** The model of a search's result row. */
  public static CustomerRowModel of(CustomerSummary row) {
    return new CustomerRowModel(row);
  }

  public String getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public List<String> getCustomerNumbers() {
    return customerNumbers;
  }

  /** The numbers as the list shows them: {@code A-100, B-200}. */
  public String getCustomerNumbersText() {
    return String.join(", ", customerNumbers);
  }

  /** The name of the provider routing uses. */
  public String getServiceProvider() {
    return serviceProvider;
  }

  public boolean isActive() {
    return active;
  }

  /** The bundle key of the customer's state, shown in the list. */
  public String getStateKey() {
    return active ? "state.ACTIVE" : "state.INACTIVE";
  }

  public boolean isNonExisting() {
    return nonExisting;
  }

  /** The participant's E-address, {@code ICD:value}. */
  public String getElectronicAddress() {
    return electronicAddress;
  }
}
