package com.routebook.adapter.jsf.routing;

import com.routebook.adapter.jsf.support.DocumentModel;
import com.routebook.adapter.jsf.support.Feedback;
import com.routebook.application.port.DocumentFilter;
import com.routebook.application.port.DocumentSort;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.in.directory.ReplaceCustomerNumbersUseCase;
import com.routebook.application.port.in.directory.ReplaceCustomerNumbersUseCase.ReplaceCustomerNumbersCommand;
import com.routebook.application.port.in.directory.SearchDirectoryUseCase;
import com.routebook.application.port.in.directory.SearchDirectoryUseCase.SearchDirectoryQuery;
import com.routebook.application.port.in.routing.ListDocumentsUseCase;
import com.routebook.application.port.in.routing.ListDocumentsUseCase.ListDocumentsQuery;
import com.routebook.application.port.out.DirectorySearch.CustomerSummary;
import com.routebook.domain.DomainException;
import com.routebook.domain.Input;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.customer.CustomerNumbers;
import com.routebook.domain.routing.Outcome;
import com.routebook.domain.search.SearchPattern;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fixes the cause of one stopped document in place: add its customer number to a customer found by
 * searching the directory, or add the recipient from the public registry as a new customer with
 * that number. Either way the customer's page follows, offering every stopped document the fix now
 * matches for resending together.
 */
@Named("fixDocument")
@ViewScoped
public class FixDocumentBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Customers per search. */
  public static final int PAGE_SIZE = 20;

  static final String QUERY_FIELD = "customerSearch:query";

  private ListDocumentsUseCase listDocuments;
  private SearchDirectoryUseCase searchDirectory;
  private ReplaceCustomerNumbersUseCase replaceNumbers;
  private Feedback feedback;

  private String id;
  private DocumentModel document;
  private String query;
  private boolean matchCase;
  private boolean searched;
  private List<CustomerChoice> customers = List.of();

  /** For the CDI proxy only. */
  protected FixDocumentBean() {}

  @Inject
  public FixDocumentBean(
      ListDocumentsUseCase listDocuments,
      SearchDirectoryUseCase searchDirectory,
      ReplaceCustomerNumbersUseCase replaceNumbers,
      Feedback feedback) {
    this.listDocuments = listDocuments;
    this.searchDirectory = searchDirectory;
    this.replaceNumbers = replaceNumbers;
    this.feedback = feedback;
  }

  /** Reads the stopped document named by the page's {@code id}. */
  public void load() {
    document = null;
    if (id == null || id.isBlank()) {
      return;
    }
    try {
      DocumentFilter byId =
          new DocumentFilter(
              Outcome.STOPPED,
              null,
              SearchPattern.parse(SearchPattern.escape(id), true),
              null,
              null,
              null);
      document =
          listDocuments
              .list(
                  new ListDocumentsQuery(
                      byId, DocumentSort.DOCUMENT_ID, new PageRequest(0, PageRequest.MAX_SIZE)))
              .items()
              .stream()
              .filter(r -> r.documentId().value().equals(id))
              .findFirst()
              .map(DocumentModel::of)
              .orElse(null);
    } catch (DomainException e) {
      feedback.report(e);
    }
  }

  /** Searches the directory for the customer that should have had the document. */
  public void search() {
    searched = false;
    customers = List.of();
    try {
      SearchPattern pattern =
          query == null || query.isBlank() ? null : SearchPattern.parse(query, matchCase);
      customers =
          searchDirectory
              .search(new SearchDirectoryQuery(pattern, null, new PageRequest(0, PAGE_SIZE)))
              .items()
              .stream()
              .map(CustomerChoice::of)
              .toList();
      searched = true;
    } catch (DomainException e) {
      feedback.report(e, Map.of(Input.SEARCH, QUERY_FIELD));
    }
  }

  /** Adds the document's customer number to that customer and shows it with the resend offer. */
  public String addNumberTo(String customerId) {
    CustomerChoice chosen =
        customers.stream().filter(c -> c.id().equals(customerId)).findFirst().orElse(null);
    if (chosen == null || document == null || document.customerNumber() == null) {
      return null;
    }
    try {
      List<String> numbers = new ArrayList<>(chosen.numbers());
      numbers.add(document.customerNumber());
      replaceNumbers.replaceNumbers(
          new ReplaceCustomerNumbersCommand(
              new CustomerId(customerId), CustomerNumbers.of(numbers), chosen.version()));
      feedback.info("fix.numberAdded", document.customerNumber(), chosen.name());
      return feedback.redirect("/customer.xhtml?faces-redirect=true&id=" + customerId);
    } catch (DomainException e) {
      feedback.report(e);
      return null;
    }
  }

  /** The page that adds the recipient from the registry with this number, searched already. */
  public String getAddFromRegistryUrl() {
    StringBuilder url = new StringBuilder("add-customer.xhtml?number=");
    url.append(encoded(document == null ? "" : document.customerNumber()));
    String registryQuery = document == null ? null : document.getRegistryQuery();
    if (registryQuery != null) {
      url.append("&q=").append(encoded(registryQuery));
    }
    return url.toString();
  }

  private static String encoded(String value) {
    return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** A customer the number can go to: its name, numbers and the version read. */
  public record CustomerChoice(String id, String name, List<String> numbers, long version)
      implements Serializable {
    public CustomerChoice {
      numbers = List.copyOf(numbers);
    }

    static CustomerChoice of(CustomerSummary row) {
      return new CustomerChoice(row.id().value(), row.name(), row.customerNumbers(), row.version());
    }

    public String getId() {
      return id;
    }

    public String getName() {
      return name;
    }

    public String getNumbersText() {
      return String.join(", ", numbers);
    }
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public DocumentModel getDocument() {
    return document;
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

  public List<CustomerChoice> getCustomers() {
    return customers;
  }
}
