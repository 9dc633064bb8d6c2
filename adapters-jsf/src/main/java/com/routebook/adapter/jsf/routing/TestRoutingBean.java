package com.routebook.adapter.jsf.routing;

import com.routebook.adapter.jsf.support.Feedback;
import com.routebook.application.port.in.routing.TestRoutingUseCase;
import com.routebook.domain.DomainException;
import com.routebook.domain.Input;
import com.routebook.domain.routing.DocumentId;
import com.routebook.domain.routing.DocumentReference;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/**
 * Test routing: the references a document would carry, and the decision routing would take now
 * (nothing is kept), with the path that decided it and any warning.
 */
@Named("testRouting")
@ViewScoped
public class TestRoutingBean implements Serializable {

  private static final long serialVersionUID = 1L;

  private TestRoutingUseCase testRouting;
  private Feedback feedback;

  private String documentId = "TEST-1";
  private String customerNumber;
  private String eAddress;
  private String ovt;
  private String iban;
  private String gln;
  private String organizationNumber;
  private String vatNumber;
  private DecisionModel decision;

  /** For the CDI proxy only. */
  protected TestRoutingBean() {}

  @Inject
  public TestRoutingBean(TestRoutingUseCase testRouting, Feedback feedback) {
    this.testRouting = testRouting;
    this.feedback = feedback;
  }

  /** Asks where the document would go. */
  public void test() {
    decision = null;
    try {
      DocumentReference reference =
          new DocumentReference(
              new DocumentId(documentId),
              customerNumber,
              eAddress,
              ovt,
              iban,
              gln,
              organizationNumber,
              vatNumber);
      if (reference.present().isEmpty()) {
        feedback.error("routing:customerNumber", "routing.noReference");
        return;
      }
      decision = DecisionModel.of(testRouting.testRouting(reference), feedback);
    } catch (DomainException e) {
      feedback.report(
          e,
          Map.of(
              Input.DOCUMENT_ID, "routing:documentId",
              Input.CUSTOMER_NUMBER, "routing:customerNumber",
              Input.E_ADDRESS, "routing:eAddress",
              Input.OVT, "routing:ovt",
              Input.IBAN, "routing:iban",
              Input.GLN, "routing:gln",
              Input.ORGANIZATION_NUMBER, "routing:organizationNumber",
              Input.VAT_NUMBER, "routing:vatNumber"));
    }
  }

  public DecisionModel getDecision() {
    return decision;
  }

  public String getDocumentId() {
    return documentId;
  }

  public void setDocumentId(String documentId) {
    this.documentId = documentId;
  }

  public String getCustomerNumber() {
    return customerNumber;
  }

  public void setCustomerNumber(String customerNumber) {
    this.customerNumber = customerNumber;
  }

  public String getElectronicAddress() {
    return eAddress;
  }

  public void setElectronicAddress(String eAddress) {
    this.eAddress = eAddress;
  }

  public String getOvt() {
    return ovt;
  }

  public void setOvt(String ovt) {
    this.ovt = ovt;
  }

  public String getIban() {
    return iban;
  }

  public void setIban(String iban) {
    this.iban = iban;
  }

  public String getGln() {
    return gln;
  }

  public void setGln(String gln) {
    this.gln = gln;
  }

  public String getOrganizationNumber() {
    return organizationNumber;
  }

  public void setOrganizationNumber(String organizationNumber) {
    this.organizationNumber = organizationNumber;
  }

  public String getVatNumber() {
    return vatNumber;
  }

  public void setVatNumber(String vatNumber) {
    this.vatNumber = vatNumber;
  }
}
