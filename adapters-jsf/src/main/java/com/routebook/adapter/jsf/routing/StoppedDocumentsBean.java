package com.routebook.adapter.jsf.routing;

import com.routebook.adapter.jsf.support.DocumentModel;
import com.routebook.adapter.jsf.support.Feedback;
import com.routebook.adapter.jsf.support.Paging;
import com.routebook.application.port.Page;
import com.routebook.application.port.in.routing.DeleteStoppedDocumentUseCase;
import com.routebook.application.port.in.routing.ListDocumentsUseCase;
import com.routebook.application.port.in.routing.ListDocumentsUseCase.ListDocumentsQuery;
import com.routebook.application.port.in.routing.ResendDocumentsUseCase;
import com.routebook.domain.DomainException;
import com.routebook.domain.routing.DocumentId;
import com.routebook.domain.routing.DocumentRecord;
import com.routebook.domain.routing.Outcome;
import com.routebook.domain.routing.RoutingDecision;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Stopped documents: each with its reason and message; Resend and Delete for editors. */
@Named("stoppedDocuments")
@ViewScoped
public class StoppedDocumentsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Documents per page. */
  public static final int PAGE_SIZE = 20;

  private ListDocumentsUseCase listDocuments;
  private ResendDocumentsUseCase resendDocuments;
  private DeleteStoppedDocumentUseCase deleteDocument;
  private Feedback feedback;

  private final Paging paging = new Paging(PAGE_SIZE);
  private List<DocumentModel> documents = List.of();
  private boolean loaded;

  /** For the CDI proxy only. */
  protected StoppedDocumentsBean() {}

  @Inject
  public StoppedDocumentsBean(
      ListDocumentsUseCase listDocuments,
      ResendDocumentsUseCase resendDocuments,
      DeleteStoppedDocumentUseCase deleteDocument,
      Feedback feedback) {
    this.listDocuments = listDocuments;
    this.resendDocuments = resendDocuments;
    this.deleteDocument = deleteDocument;
    this.feedback = feedback;
  }

  /** Lists the first page when the page opens. */
  public void open() {
    if (!loaded) {
      load();
    }
  }

  /** Routes one document again with the directory as it is now. */
  public void resend(String documentId) {
    try {
      RoutingDecision decision = resendDocuments.resend(new DocumentId(documentId));
      if (decision.isRouted()) {
        feedback.info("stopped.resent.routed", documentId, decision.recipient().name());
      } else {
        feedback.error(
            null,
            "stopped.resent.stopped",
            documentId,
            feedback.stopMessage(decision.reason(), decision.documentId()));
      }
    } catch (DomainException e) {
      feedback.report(e);
    }
    load();
  }

  /** Deletes one stopped document. */
  public void delete(String documentId) {
    try {
      deleteDocument.delete(new DocumentId(documentId));
      feedback.info("stopped.deleted", documentId);
    } catch (DomainException e) {
      feedback.report(e);
    }
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
    loaded = true;
    try {
      Page<DocumentRecord> page =
          listDocuments.list(new ListDocumentsQuery(Outcome.STOPPED, paging.request()));
      if (page.items().isEmpty() && paging.isHasPrevious()) {
        paging.previous();
        page = listDocuments.list(new ListDocumentsQuery(Outcome.STOPPED, paging.request()));
      }
      paging.loaded(page);
      documents = page.items().stream().map(DocumentModel::of).toList();
    } catch (DomainException e) {
      documents = List.of();
      feedback.report(e);
    }
  }

  public List<DocumentModel> getDocuments() {
    return documents;
  }

  public Paging getPaging() {
    return paging;
  }
}
