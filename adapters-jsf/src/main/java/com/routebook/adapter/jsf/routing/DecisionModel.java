package com.routebook.adapter.jsf.routing;

import com.routebook.adapter.jsf.support.Feedback;
import com.routebook.domain.routing.RoutingDecision;
import java.io.Serializable;
import java.util.List;

/**
 * A routing decision as the Test routing page shows it, its path and warnings worded in the view's
 * language.
 */
public final class DecisionModel implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String documentId;
  private final boolean routed;
  private final String reasonKey;
  private final String messageKey;
  private final String recipientName;
  private final String recipientAddress;
  private final String serviceProvider;
  private final String matchedByKey;
  private final String customerId;
  private final List<String> warnings;
  private final List<String> path;

  private DecisionModel(RoutingDecision decision, Feedback feedback) {
    this.documentId = decision.documentId().value();
    this.routed = decision.isRouted();
    this.reasonKey = decision.reason() == null ? null : "reason." + decision.reason().name();
    this.messageKey = decision.reason() == null ? null : Feedback.stopKey(decision.reason());
    this.recipientName = decision.recipient() == null ? null : decision.recipient().name();
    this.recipientAddress = decision.recipient() == null ? null : decision.recipient().eAddress();
    this.serviceProvider =
        decision.serviceProvider() == null ? null : decision.serviceProvider().name();
    this.matchedByKey =
        decision.matchedBy() == null ? null : "reference." + decision.matchedBy().name();
    this.customerId = decision.customerId() == null ? null : decision.customerId().value();
    this.warnings = List.copyOf(feedback.explain(decision.warnings()));
    this.path = List.copyOf(feedback.explain(decision.path()));
  }

  /** The model of a decision, its explanations worded by the feedback's bundle. */
  public static DecisionModel of(RoutingDecision decision, Feedback feedback) {
    return new DecisionModel(decision, feedback);
  }

  public String getDocumentId() {
    return documentId;
  }

  public boolean isRouted() {
    return routed;
  }

  public String getReasonKey() {
    return reasonKey;
  }

  /** The bundle key of the stop message, whose argument is the document id. */
  public String getMessageKey() {
    return messageKey;
  }

  public String getRecipientName() {
    return recipientName;
  }

  public String getRecipientAddress() {
    return recipientAddress;
  }

  public String getServiceProvider() {
    return serviceProvider;
  }

  public String getMatchedByKey() {
    return matchedByKey;
  }

  public String getCustomerId() {
    return customerId;
  }

  public List<String> getWarnings() {
    return warnings;
  }

  public List<String> getPath() {
    return path;
  }
}
