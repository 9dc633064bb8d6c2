package com.routebook.adapter.jsf.directory;

import com.routebook.adapter.jsf.support.Feedback;
import com.routebook.application.port.in.directory.ActivateCustomerUseCase;
import com.routebook.application.port.in.directory.ChooseServiceProviderUseCase;
import com.routebook.application.port.in.directory.ChooseServiceProviderUseCase.ChooseServiceProviderCommand;
import com.routebook.application.port.in.directory.CustomerVersionCommand;
import com.routebook.application.port.in.directory.CustomerView;
import com.routebook.application.port.in.directory.DeactivateCustomerUseCase;
import com.routebook.application.port.in.directory.DeleteCustomerUseCase;
import com.routebook.application.port.in.directory.GetCustomerUseCase;
import com.routebook.application.port.in.directory.GetCustomerUseCase.GetCustomerQuery;
import com.routebook.application.port.in.directory.ReplaceCustomerNumbersUseCase;
import com.routebook.application.port.in.directory.ReplaceCustomerNumbersUseCase.ReplaceCustomerNumbersCommand;
import com.routebook.domain.DomainException;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.Input;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.customer.CustomerNumbers;
import com.routebook.domain.participant.ServiceProviderId;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A customer's settings. Basic settings: the customer numbers box (comma separated), the "Edit
 * customer number" editor (one number at a time) and "Select service provider" when the participant
 * has several. Advanced: activate or deactivate, and delete. Every change carries the version read
 * when the page opened, so a stale change is refused and overwrites nothing.
 */
@Named("customerSettings")
@ViewScoped
public class CustomerSettingsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Client id of the customer numbers box. */
  static final String NUMBERS_FIELD = "settings:tabs:numbers";

  /** Client id of the editor's new number box. */
  static final String NEW_NUMBER_FIELD = "editor:newNumber";

  /** Client id of the provider choice. */
  static final String PROVIDER_FIELD = "settings:tabs:provider";

  private GetCustomerUseCase getCustomer;
  private ReplaceCustomerNumbersUseCase replaceNumbers;
  private ChooseServiceProviderUseCase chooseProvider;
  private ActivateCustomerUseCase activate;
  private DeactivateCustomerUseCase deactivate;
  private DeleteCustomerUseCase delete;
  private ResendOfferBean resendOffer;
  private Feedback feedback;

  private String id;
  private CustomerModel model;
  private String numbersText;
  private String providerId;
  private List<String> editorNumbers = new ArrayList<>();
  private String newNumber;
  private boolean stale;
  private boolean editorSaved;

  /** For the CDI proxy only. */
  protected CustomerSettingsBean() {}

  @Inject
  public CustomerSettingsBean(
      GetCustomerUseCase getCustomer,
      ReplaceCustomerNumbersUseCase replaceNumbers,
      ChooseServiceProviderUseCase chooseProvider,
      ActivateCustomerUseCase activate,
      DeactivateCustomerUseCase deactivate,
      DeleteCustomerUseCase delete,
      ResendOfferBean resendOffer,
      Feedback feedback) {
    this.getCustomer = getCustomer;
    this.replaceNumbers = replaceNumbers;
    this.chooseProvider = chooseProvider;
    this.activate = activate;
    this.deactivate = deactivate;
    this.delete = delete;
    this.resendOffer = resendOffer;
    this.feedback = feedback;
  }

  /** Loads the customer named by the {@code id} parameter, with the version to check against. */
  public void load() {
    model = null;
    if (id == null || id.isBlank()) {
      feedback.error(null, "error.notFound");
      return;
    }
    try {
      show(getCustomer.get(new GetCustomerQuery(new CustomerId(id))));
    } catch (DomainException e) {
      feedback.report(e);
    }
  }

  /** Saves the numbers typed in the box, comma separated. */
  public void saveNumbers() {
    try {
      save(CustomerNumbers.parse(numbersText));
    } catch (DomainException e) {
      report(e, NUMBERS_FIELD);
    }
  }

  /** Opens the editor with the customer's numbers. */
  public void openEditor() {
    editorNumbers = new ArrayList<>(model.getCustomerNumbers());
    newNumber = null;
  }

  /** Adds the editor's new number to its list (checked, not yet saved). */
  public void addNumber() {
    if (newNumber == null || newNumber.isBlank()) {
      feedback.error(NEW_NUMBER_FIELD, "editor.enterNumber");
      return;
    }
    List<String> candidate = new ArrayList<>(editorNumbers);
    candidate.add(newNumber.strip());
    try {
      CustomerNumbers.of(candidate);
      editorNumbers = candidate;
      newNumber = null;
    } catch (DomainException e) {
      feedback.report(e, Map.of(Input.CUSTOMER_NUMBERS, NEW_NUMBER_FIELD));
    }
  }

  /** Removes one number from the editor's list (not yet saved). */
  public void removeNumber(String number) {
    editorNumbers.remove(number);
  }

  /** Saves the editor's list. */
  public void saveEditor() {
    editorSaved = false;
    try {
      save(CustomerNumbers.of(editorNumbers));
      editorSaved = true;
    } catch (DomainException e) {
      report(e, NEW_NUMBER_FIELD);
    }
  }

  private void save(CustomerNumbers numbers) {
    CustomerView saved =
        replaceNumbers.replaceNumbers(
            new ReplaceCustomerNumbersCommand(customerId(), numbers, model.getVersion()));
    show(saved);
    feedback.info("settings.numbersSaved");
    resendOffer.load(id);
  }

  /** Saves the chosen service provider. */
  public void saveProvider() {
    try {
      show(
          chooseProvider.chooseProvider(
              new ChooseServiceProviderCommand(
                  customerId(), new ServiceProviderId(providerId), model.getVersion())));
      feedback.info("settings.providerSaved");
      resendOffer.load(id);
    } catch (DomainException e) {
      report(e, PROVIDER_FIELD);
    }
  }

  /** Takes the customer back into use for routing. */
  public void activate() {
    try {
      show(activate.activate(versionCommand()));
      feedback.info("settings.activated");
      resendOffer.load(id);
    } catch (DomainException e) {
      report(e, null);
    }
  }

  /** Keeps the customer but stops routing to it. */
  public void deactivate() {
    try {
      show(deactivate.deactivate(versionCommand()));
      feedback.info("settings.deactivated");
    } catch (DomainException e) {
      report(e, null);
    }
  }

  /** Deletes the customer for good and goes back to My Customers. */
  public String delete() {
    try {
      delete.delete(versionCommand());
      feedback.info("settings.deleted", model.getName());
      return feedback.redirect("/customers.xhtml?faces-redirect=true");
    } catch (DomainException e) {
      report(e, null);
      return null;
    }
  }

  private void report(DomainException e, String field) {
    stale = e.code() == ErrorCode.CONCURRENT_CHANGE;
    feedback.report(
        e,
        field == null
            ? Map.of()
            : Map.of(Input.CUSTOMER_NUMBERS, field, Input.SERVICE_PROVIDER, PROVIDER_FIELD));
  }

  private void show(CustomerView view) {
    model = CustomerModel.of(view);
    numbersText = model.getCustomerNumbersText();
    providerId = model.getServiceProviderId();
    editorNumbers = new ArrayList<>(model.getCustomerNumbers());
    stale = false;
  }

  private CustomerId customerId() {
    return new CustomerId(id);
  }

  private CustomerVersionCommand versionCommand() {
    return new CustomerVersionCommand(customerId(), model.getVersion());
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

  public String getNumbersText() {
    return numbersText;
  }

  public void setNumbersText(String numbersText) {
    this.numbersText = numbersText;
  }

  public String getProviderId() {
    return providerId;
  }

  public void setProviderId(String providerId) {
    this.providerId = providerId;
  }

  public List<String> getEditorNumbers() {
    return editorNumbers;
  }

  public String getNewNumber() {
    return newNumber;
  }

  public void setNewNumber(String newNumber) {
    this.newNumber = newNumber;
  }

  /** Whether the editor's list was just saved (the dialog then closes). */
  public boolean isEditorSaved() {
    return editorSaved;
  }

  /** Whether the last change was refused because someone else changed the customer. */
  public boolean isStale() {
    return stale;
  }
}
