package com.routebook.adapter.jsf.directory;

import com.routebook.adapter.jsf.support.DocumentModel;
import com.routebook.adapter.jsf.support.Feedback;
import com.routebook.application.port.in.routing.ResendCustomerDocumentsUseCase;
import com.routebook.domain.DomainException;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.routing.RoutingDecision;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * After a customer is added or fixed: the stopped documents it now matches, offered for resending
 * together.
 */
@Named("resendOffer")
@ViewScoped
public class ResendOfferBean implements Serializable {

  private static final long serialVersionUID = 1L;

  private ResendCustomerDocumentsUseCase resendCustomerDocuments;
  private Feedback feedback;

  private String customerId;
  private List<DocumentModel> documents = List.of();

  /** For the CDI proxy only. */
  protected ResendOfferBean() {}

  @Inject
  public ResendOfferBean(
      ResendCustomerDocumentsUseCase resendCustomerDocuments, Feedback feedback) {
    this.resendCustomerDocuments = resendCustomerDocuments;
    this.feedback = feedback;
  }

  /** Looks for the stopped documents the customer now matches. */
  public void load(String customerId) {
    this.customerId = customerId;
    documents = List.of();
    if (customerId == null || customerId.isBlank()) {
      return;
    }
    try {
      documents =
          resendCustomerDocuments.stoppedDocumentsMatching(new CustomerId(customerId)).stream()
              .map(DocumentModel::of)
              .toList();
    } catch (DomainException e) {
      documents = List.of();
    }
  }

  /** Resends every offered document and says how many were routed. */
  public void resendAll() {
    try {
      List<RoutingDecision> decisions =
          resendCustomerDocuments.resendMatching(new CustomerId(customerId));
      long routed = decisions.stream().filter(RoutingDecision::isRouted).count();
      feedback.info("offer.resent", routed, decisions.size() - routed);
    } catch (DomainException e) {
      feedback.report(e);
    }
    load(customerId);
  }

  public List<DocumentModel> getDocuments() {
    return documents;
  }

  /** Whether there is anything to offer. */
  public boolean isAvailable() {
    return !documents.isEmpty();
  }
}
