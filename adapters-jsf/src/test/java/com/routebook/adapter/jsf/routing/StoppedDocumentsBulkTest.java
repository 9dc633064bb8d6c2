package com.routebook.adapter.jsf.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.adapter.jsf.support.RecordingFeedback;
import com.routebook.application.port.DocumentFilter;
import com.routebook.application.port.Page;
import com.routebook.application.port.in.routing.DeleteStoppedDocumentUseCase;
import com.routebook.application.port.in.routing.ListDocumentsUseCase;
import com.routebook.application.port.in.routing.ResendDocumentsUseCase;
import com.routebook.domain.routing.DocumentId;
import com.routebook.domain.routing.DocumentRecord;
import com.routebook.domain.routing.DocumentReference;
import com.routebook.domain.routing.MatchedBy;
import com.routebook.domain.routing.Outcome;
import com.routebook.domain.routing.RoutingDecision;
import com.routebook.domain.routing.StopReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The filters, counts and bulk actions of the stopped-documents screen. */
class StoppedDocumentsBulkTest {

  private final RecordingFeedback feedback = new RecordingFeedback();
  private final List<DocumentRecord> log =
      new ArrayList<>(
          List.of(
              stopped("INV-1", "2026-01-02T10:15:00Z"), stopped("INV-2", "2026-01-03T10:15:00Z")));
  private DocumentFilter listed;
  private DocumentFilter counted;
  private DocumentFilter resentFilter;
  private DocumentFilter deletedFilter;
  private List<DocumentId> resentIds;
  private List<DocumentId> deletedIds;

  private final StoppedDocumentsBean bean =
      new StoppedDocumentsBean(
          new ListDocumentsUseCase() {
            @Override
            public Page<DocumentRecord> list(ListDocumentsQuery query) {
              listed = query.filter();
              return Page.of(log.stream().filter(query.filter()::matches).toList(), query.page());
            }

            @Override
            public Map<StopReason, Long> countByReason(DocumentFilter filter) {
              counted = filter;
              Map<StopReason, Long> counts = new EnumMap<>(StopReason.class);
              log.stream()
                  .filter(filter::matches)
                  .forEach(r -> counts.merge(r.decision().reason(), 1L, Long::sum));
              return counts;
            }
          },
          new ResendDocumentsUseCase() {
            @Override
            public RoutingDecision resend(DocumentId documentId) {
              return null;
            }

            @Override
            public List<RoutingDecision> resendAll(List<DocumentId> documentIds) {
              resentIds = documentIds;
              return documentIds.stream()
                  .map(id -> stopped(id.value(), "2026-01-01T00:00:00Z").decision())
                  .toList();
            }

            @Override
            public List<RoutingDecision> resendFiltered(DocumentFilter filter) {
              resentFilter = filter;
              return List.of();
            }
          },
          new DeleteStoppedDocumentUseCase() {
            @Override
            public void delete(DocumentId documentId) {}

            @Override
            public int deleteAll(List<DocumentId> documentIds) {
              deletedIds = documentIds;
              return documentIds.size();
            }

            @Override
            public int deleteFiltered(DocumentFilter filter) {
              deletedFilter = filter;
              return 2;
            }
          },
          feedback);

  private static DocumentRecord stopped(String id, String at) {
    DocumentReference reference =
        DocumentReference.of(id)
            .with(MatchedBy.CUSTOMER_NUMBER, "X-" + id)
            .with(MatchedBy.GLN, "7350000000009");
    RoutingDecision decision =
        RoutingDecision.stopped(
            reference.documentId(), StopReason.NO_MATCH, null, null, null, List.of(), List.of());
    Instant received = Instant.parse(at);
    return new DocumentRecord(reference, decision, received, received);
  }

  @Test
  void rowsShowTheReferencesAsSentAndTheCountsEveryReason() {
    bean.open();

    assertThat(bean.getDocuments().get(0).getCustomerNumber()).isEqualTo("X-INV-1");
    assertThat(bean.getDocuments().get(0).getReferences())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.getLabelKey()).isEqualTo("MatchedBy.GLN");
              assertThat(r.getValue()).isEqualTo("7350000000009");
            });
    assertThat(bean.getDocuments().get(0).getRegistryQuery()).isEqualTo("7350000000009");
    assertThat(bean.getCounts()).hasSize(StopReason.values().length);
    assertThat(bean.getCounts().get(0).getReasonKey()).isEqualTo("reason.NO_MATCH");
    assertThat(bean.getCounts().get(0).getCount()).isEqualTo(2);
    assertThat(bean.getCountAll()).isEqualTo(2);
    assertThat(bean.isFiltered()).isFalse();
    assertThat(listed.outcome()).isEqualTo(Outcome.STOPPED);
  }

  @Test
  void theFiltersGoToTheListAndTheCountsIgnoreTheReasonShown() {
    bean.setQuery("INV-*");
    bean.setCustomerNumber("X-INV-2");
    bean.setReceivedFrom("2026-01-03");
    bean.setReceivedTo("2026-01-03");
    bean.setMatchCase(false);
    bean.showReason("NO_MATCH");

    assertThat(listed.reason()).isEqualTo(StopReason.NO_MATCH);
    assertThat(listed.customerNumber()).isEqualTo("X-INV-2");
    assertThat(listed.pattern().caseSensitive()).isFalse();
    assertThat(listed.receivedFrom()).isEqualTo(Instant.parse("2026-01-03T00:00:00Z"));
    assertThat(listed.receivedTo()).isEqualTo(Instant.parse("2026-01-04T00:00:00Z"));
    assertThat(counted.reason()).isNull();
    assertThat(bean.getDocuments()).extracting(d -> d.getDocumentId()).containsExactly("INV-2");
    assertThat(bean.getCounts().get(0).isCurrent()).isTrue();
    assertThat(bean.isFiltered()).isTrue();

    bean.clear();
    assertThat(listed.reason()).isNull();
    assertThat(listed.pattern()).isNull();
    assertThat(bean.getDocuments()).hasSize(2);
  }

  @Test
  void aDateThatIsNotOneIsSaidBesideItsField() {
    bean.setReceivedFrom("yesterday");
    bean.apply();

    assertThat(feedback.at(StoppedDocumentsBean.FROM_FIELD))
        .singleElement()
        .asString()
        .contains("yesterday");
    assertThat(bean.isFailed()).isTrue();
    assertThat(bean.getDocuments()).isEmpty();
  }

  @Test
  void selectedRowsAreResentAfterAConfirmationThatSaysHowMany() {
    bean.open();
    bean.ask("RESEND_SELECTED");
    assertThat(bean.getPending()).isNull();
    assertThat(feedback.at(null)).singleElement().asString().contains("Select at least one");

    bean.getSelected().put("INV-2", true);
    bean.getSelected().put("INV-1", false);
    bean.ask("RESEND_SELECTED");
    assertThat(bean.getPendingKey()).isEqualTo("stopped.bulk.confirm.RESEND_SELECTED");
    assertThat(bean.getPendingCount()).isEqualTo(1);
    assertThat(bean.isPendingDelete()).isFalse();
    bean.confirm();

    assertThat(resentIds).containsExactly(new DocumentId("INV-2"));
    assertThat(bean.getPending()).isNull();
    assertThat(bean.getSelected()).isEmpty();
  }

  @Test
  void everythingMatchingIsDeletedOrResentByTheFilter() {
    bean.setQuery("INV-*");
    bean.apply();
    bean.ask("DELETE_MATCHING");
    assertThat(bean.getPendingCount()).isEqualTo(2);
    assertThat(bean.isPendingDelete()).isTrue();
    bean.confirm();
    assertThat(deletedFilter.pattern().query()).isEqualTo("INV-*");
    assertThat(deletedFilter.outcome()).isEqualTo(Outcome.STOPPED);
    assertThat(feedback.at(null)).last().asString().contains("2 stopped document(s) deleted");

    bean.ask("RESEND_MATCHING");
    bean.cancel();
    assertThat(bean.getPending()).isNull();
    bean.confirm();
    assertThat(resentFilter).isNull();
    bean.ask("RESEND_MATCHING");
    bean.confirm();
    assertThat(resentFilter.pattern().query()).isEqualTo("INV-*");

    bean.getSelected().put("INV-1", true);
    bean.ask("DELETE_SELECTED");
    bean.confirm();
    assertThat(deletedIds).containsExactly(new DocumentId("INV-1"));
  }
}
