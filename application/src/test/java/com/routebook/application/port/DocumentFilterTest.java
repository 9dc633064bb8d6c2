package com.routebook.application.port;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.domain.routing.DocumentId;
import com.routebook.domain.routing.DocumentRecord;
import com.routebook.domain.routing.DocumentReference;
import com.routebook.domain.routing.MatchedBy;
import com.routebook.domain.routing.Outcome;
import com.routebook.domain.routing.RoutingDecision;
import com.routebook.domain.routing.StopReason;
import com.routebook.domain.search.SearchPattern;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentFilterTest {

  private static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");

  private static DocumentRecord stopped(DocumentReference reference, StopReason reason) {
    return new DocumentRecord(
        reference,
        RoutingDecision.stopped(
            reference.documentId(), reason, null, null, null, List.of(), List.of()),
        AT,
        AT);
  }

  private static final DocumentRecord DOCUMENT =
      stopped(
          DocumentReference.of("INV-1")
              .with(MatchedBy.CUSTOMER_NUMBER, "C-7")
              .with(MatchedBy.E_ADDRESS, "0007:5560360793")
              .with(MatchedBy.OVT, "003712345671")
              .with(MatchedBy.IBAN, "SE4550000000058398257466")
              .with(MatchedBy.GLN, "7350000000009")
              .with(MatchedBy.ORGANIZATION_NUMBER, "5560360799")
              .with(MatchedBy.VAT, "SE556036079901"),
          StopReason.CUSTOMER_INACTIVE);

  private static DocumentFilter pattern(String query) {
    return new DocumentFilter(null, null, SearchPattern.parse(query, true), null, null, null);
  }

  @Test
  void the_empty_filter_and_a_lone_wildcard_pass_every_document() {
    assertThat(DocumentFilter.ALL.matches(DOCUMENT)).isTrue();
    assertThat(pattern("*").pattern()).isNull();
    assertThat(pattern("*")).isEqualTo(DocumentFilter.ALL);
  }

  @Test
  void each_part_of_the_filter_must_pass() {
    assertThat(DocumentFilter.ofOutcome(Outcome.STOPPED).matches(DOCUMENT)).isTrue();
    assertThat(DocumentFilter.ofOutcome(Outcome.ROUTED).matches(DOCUMENT)).isFalse();
    assertThat(DocumentFilter.ALL.withReason(StopReason.CUSTOMER_INACTIVE).matches(DOCUMENT))
        .isTrue();
    assertThat(DocumentFilter.ALL.withReason(StopReason.NO_MATCH).matches(DOCUMENT)).isFalse();
    assertThat(new DocumentFilter(null, null, null, " C-7 ", null, null).matches(DOCUMENT))
        .isTrue();
    assertThat(new DocumentFilter(null, null, null, "C-8", null, null).matches(DOCUMENT)).isFalse();
    assertThat(new DocumentFilter(null, null, null, " ", null, null).customerNumber()).isNull();
    assertThat(new DocumentFilter(null, null, null, null, AT, null).matches(DOCUMENT)).isTrue();
    assertThat(
            new DocumentFilter(null, null, null, null, AT.plusNanos(1000), null).matches(DOCUMENT))
        .isFalse();
    assertThat(new DocumentFilter(null, null, null, null, null, AT).matches(DOCUMENT)).isFalse();
    assertThat(
            new DocumentFilter(null, null, null, null, null, AT.plusSeconds(1)).matches(DOCUMENT))
        .isTrue();
  }

  @Test
  void the_pattern_is_tried_on_the_document_id_and_every_reference() {
    for (String query :
        List.of("INV-1", "C-7", "0007:*", "*3712*", "SE45*", "735*", "*799", "*9901")) {
      assertThat(pattern(query).matches(DOCUMENT)).as(query).isTrue();
    }
    assertThat(pattern("inv-1").matches(DOCUMENT)).isFalse();
    assertThat(pattern("*XYZ*").matches(DOCUMENT)).isFalse();
    assertThat(pattern("*XYZ*").matches(stopped(DocumentReference.of("A"), StopReason.NO_MATCH)))
        .isFalse();
  }

  @Test
  void documents_sort_newest_first_oldest_first_or_by_id() {
    DocumentRecord older = stopped(DocumentReference.of("B"), StopReason.NO_MATCH);
    DocumentRecord newer =
        new DocumentRecord(
            DocumentReference.of("A"),
            RoutingDecision.stopped(
                new DocumentId("A"), StopReason.NO_MATCH, null, null, null, List.of(), List.of()),
            AT.plusSeconds(1),
            AT.plusSeconds(1));
    DocumentRecord sameTime = stopped(DocumentReference.of("C"), StopReason.NO_MATCH);

    assertThat(
            java.util.stream.Stream.of(sameTime, older, newer)
                .sorted(DocumentSort.NEWEST_FIRST.comparator())
                .map(r -> r.documentId().value()))
        .containsExactly("A", "B", "C");
    assertThat(
            java.util.stream.Stream.of(sameTime, newer, older)
                .sorted(DocumentSort.OLDEST_FIRST.comparator())
                .map(r -> r.documentId().value()))
        .containsExactly("B", "C", "A");
    assertThat(
            java.util.stream.Stream.of(sameTime, newer, older)
                .sorted(DocumentSort.DOCUMENT_ID.comparator())
                .map(r -> r.documentId().value()))
        .containsExactly("A", "B", "C");
    assertThat(DocumentSort.NEWEST_FIRST.parameter()).isEqualTo("-receivedAt");
    assertThat(DocumentSort.OLDEST_FIRST.parameter()).isEqualTo("receivedAt");
    assertThat(DocumentSort.DOCUMENT_ID.parameter()).isEqualTo("documentId");
  }
}
