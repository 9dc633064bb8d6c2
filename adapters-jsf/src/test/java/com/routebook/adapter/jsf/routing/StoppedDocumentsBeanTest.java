package com.routebook.adapter.jsf.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.adapter.jsf.support.DocumentModel;
import com.routebook.adapter.jsf.support.RecordingFeedback;
import com.routebook.application.port.DocumentFilter;
import com.routebook.application.port.Page;
import com.routebook.application.port.in.routing.DeleteStoppedDocumentUseCase;
import com.routebook.application.port.in.routing.ListDocumentsUseCase;
import com.routebook.application.port.in.routing.ResendDocumentsUseCase;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ServiceProvider;
import com.routebook.domain.routing.DocumentId;
import com.routebook.domain.routing.DocumentRecord;
import com.routebook.domain.routing.DocumentReference;
import com.routebook.domain.routing.MatchedBy;
import com.routebook.domain.routing.Outcome;
import com.routebook.domain.routing.Recipient;
import com.routebook.domain.routing.RoutingDecision;
import com.routebook.domain.routing.StopReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoppedDocumentsBeanTest {

  private final RecordingFeedback feedback = new RecordingFeedback();
  private final List<DocumentRecord> log =
      new ArrayList<>(List.of(stopped("INV-1"), stopped("INV-2")));
  private boolean fixed;

  private final StoppedDocumentsBean bean =
      new StoppedDocumentsBean(
          new ListDocumentsUseCase() {
            @Override
            public Page<DocumentRecord> list(ListDocumentsQuery query) {
              assertThat(query.filter().outcome()).isEqualTo(Outcome.STOPPED);
              return Page.of(List.copyOf(log), query.page());
            }

            @Override
            public Map<StopReason, Long> countByReason(DocumentFilter filter) {
              return Map.of(StopReason.NO_MATCH, (long) log.size());
            }
          },
          new ResendDocumentsUseCase() {
            @Override
            public RoutingDecision resend(DocumentId documentId) {
              if (!fixed) {
                return stopped(documentId.value()).decision();
              }
              log.removeIf(d -> d.documentId().equals(documentId));
              return RoutingDecision.routed(
                  documentId,
                  new Recipient(new ParticipantId("p-1"), "Acme AB", "0007:5560360793"),
                  ServiceProvider.named("Pagero"),
                  MatchedBy.CUSTOMER_NUMBER,
                  null,
                  List.of(),
                  List.of());
            }

            @Override
            public List<RoutingDecision> resendAll(List<DocumentId> documentIds) {
              return List.of();
            }

            @Override
            public List<RoutingDecision> resendFiltered(DocumentFilter filter) {
              return List.of();
            }
          },
          new DeleteStoppedDocumentUseCase() {
            @Override
            public void delete(DocumentId documentId) {
              log.removeIf(d -> d.documentId().equals(documentId));
            }

            @Override
            public int deleteAll(List<DocumentId> documentIds) {
              return 0;
            }

            @Override
            public int deleteFiltered(DocumentFilter filter) {
              return 0;
            }
          },
          feedback);

  private static DocumentRecord stopped(String id) {
    DocumentReference reference = DocumentReference.of(id).with(MatchedBy.CUSTOMER_NUMBER, "X-1");
    RoutingDecision decision =
        RoutingDecision.stopped(
            reference.documentId(), StopReason.NO_MATCH, null, null, null, List.of(), List.of());
    Instant at = Instant.parse("2026-01-02T10:15:00Z");
    return new DocumentRecord(reference, decision, at, at);
  }

  @Test
  void listsEachStoppedDocumentWithItsReasonAndMessage() {
    bean.open();

    assertThat(bean.getDocuments())
        .first()
        .satisfies(
            d -> {
              assertThat(d.getDocumentId()).isEqualTo("INV-1");
              assertThat(d.getReasonKey()).isEqualTo("reason.NO_MATCH");
              assertThat(d.getMessageKey()).isEqualTo("stop.NO_MATCH");
              assertThat(d.getReceivedAt()).isEqualTo("2026-01-02 10:15 UTC");
            });
  }

  @Test
  void aResendThatStillStopsSaysWhy() {
    bean.open();

    bean.resend("INV-1");

    assertThat(feedback.at(null)).singleElement().asString().contains("still stopped");
    assertThat(bean.getDocuments()).hasSize(2);
  }

  @Test
  void aResendAfterTheFixRoutesAndTheDocumentLeavesTheList() {
    fixed = true;
    bean.open();

    bean.resend("INV-1");

    assertThat(feedback.at(null)).containsExactly("Document INV-1 routed to Acme AB.");
    assertThat(bean.getDocuments())
        .extracting(DocumentModel::getDocumentId)
        .containsExactly("INV-2");
  }

  @Test
  void deletingRemovesTheDocument() {
    bean.open();

    bean.delete("INV-2");

    assertThat(feedback.at(null)).containsExactly("Document INV-2 deleted.");
    assertThat(bean.getDocuments())
        .extracting(DocumentModel::getDocumentId)
        .containsExactly("INV-1");
  }
}
