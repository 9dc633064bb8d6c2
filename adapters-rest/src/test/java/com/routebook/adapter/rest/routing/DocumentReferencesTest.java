package com.routebook.adapter.rest.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.adapter.rest.common.DocumentReferenceJson;
import com.routebook.adapter.rest.problem.Problem;
import com.routebook.adapter.rest.problem.Thrown;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DocumentReferencesTest {

  private static DocumentReferenceJson doc(String id) {
    return new DocumentReferenceJson(id, "A-1", null, null, null, null, null, null);
  }

  @Test
  void reads_up_to_ten_thousand_documents_in_order() {
    List<DocumentReferenceJson> documents =
        IntStream.range(0, 10_000).mapToObj(i -> doc("D-" + i)).toList();

    var references = DocumentReferences.parse(documents);

    assertThat(references).hasSize(10_000);
    assertThat(references.get(9_999).documentId().value()).isEqualTo("D-9999");
    assertThat(references.get(0).customerNumber()).isEqualTo("A-1");
  }

  @Test
  void keeps_a_repeated_document_id_for_the_use_case_to_decide() {
    assertThat(DocumentReferences.parse(List.of(doc("D-1"), doc("D-1")))).hasSize(2);
  }

  @Test
  void refuses_none_and_more_than_ten_thousand() {
    List<DocumentReferenceJson> tooMany = new ArrayList<>(Collections.nCopies(10_001, doc("x")));
    for (List<DocumentReferenceJson> documents :
        Arrays.<List<DocumentReferenceJson>>asList(null, List.of(), tooMany)) {
      Problem problem = Thrown.problem(() -> DocumentReferences.parse(documents));
      assertThat(problem.code()).isEqualTo("INVALID_DOCUMENTS");
      assertThat(problem.errors())
          .extracting(Problem.FieldError::field)
          .containsExactly("documents");
      assertThat(problem.detail()).startsWith("send 1 to 10000 documents, got ");
    }
  }

  @Test
  void names_every_bad_item_by_its_index() {
    Problem problem =
        Thrown.problem(
            () -> DocumentReferences.parse(Arrays.asList(doc("D-1"), doc(" "), null, doc(null))));
    assertThat(problem.code()).isEqualTo("INVALID_DOCUMENTS");
    assertThat(problem.errors())
        .containsExactly(
            new Problem.FieldError(
                "documents[1].documentId",
                "item 2: documentId must be 1 to 200 characters, was \" \""),
            new Problem.FieldError("documents[2]", "item 3: must be a document reference"),
            new Problem.FieldError(
                "documents[3].documentId",
                "item 4: documentId must be 1 to 200 characters, was \"null\""));
  }
}
