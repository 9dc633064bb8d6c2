package com.routebook.domain.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.domain.ErrorCode;
import com.routebook.domain.Input;
import com.routebook.domain.Rule;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransferColumnTest {

  @Test
  void a_header_gives_each_column_its_position_in_any_order_without_a_byte_order_mark() {
    assertThat(
            TransferColumn.positions(
                List.of("\uFEFFstate", " customerNumbers ", "vatNumber", "name", "customerId")))
        .containsEntry(TransferColumn.STATE, 0)
        .containsEntry(TransferColumn.CUSTOMER_NUMBERS, 1)
        .containsEntry(TransferColumn.VAT_NUMBER, 2)
        .containsEntry(TransferColumn.NAME, 3)
        .containsEntry(TransferColumn.CUSTOMER_ID, 4)
        .hasSize(5);
    assertThat(TransferColumn.positions(List.of("organizationNumber", "customerNumbers")))
        .containsEntry(TransferColumn.ORGANIZATION_NUMBER, 0);
    assertThat(TransferColumn.positions(List.of("eAddress", "customerNumbers")))
        .containsEntry(TransferColumn.E_ADDRESS, 0);
  }

  @Test
  void every_unknown_repeated_or_missing_column_is_named() {
    assertThatThrownBy(
            () -> TransferColumn.positions(Arrays.asList("colour", null, "state", "state")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_IMPORT_FILE);
              assertThat(e.violations())
                  .containsExactly(
                      Violation.of(Input.FILE, Rule.IMPORT_COLUMN_UNKNOWN, "colour"),
                      Violation.of(Input.FILE, Rule.IMPORT_COLUMN_UNKNOWN, ""),
                      Violation.of(Input.FILE, Rule.IMPORT_COLUMN_TWICE, "state"),
                      Violation.of(Input.FILE, Rule.IMPORT_COLUMN_MISSING, "eAddress"),
                      Violation.of(Input.FILE, Rule.IMPORT_COLUMN_MISSING, "customerNumbers"));
            });
  }

  @Test
  void the_template_and_the_export_name_the_columns_an_import_reads() {
    assertThat(TransferColumn.template())
        .extracting(TransferColumn::header)
        .containsExactly(
            "eAddress",
            "organizationNumber",
            "vatNumber",
            "customerNumbers",
            "serviceProvider",
            "state");
    assertThat(TransferColumn.template()).allMatch(TransferColumn::imported);
    assertThat(Arrays.stream(TransferColumn.values()).filter(c -> !c.imported()))
        .containsExactly(
            TransferColumn.CUSTOMER_ID, TransferColumn.NAME, TransferColumn.PARTICIPANT_ID);
  }

  @Test
  void a_file_problem_is_one_violation_of_the_file() {
    ValidationException problem = TransferColumn.fileProblem(Rule.IMPORT_FILE_TOO_BIG, 200);
    assertThat(problem.code()).isEqualTo(ErrorCode.INVALID_IMPORT_FILE);
    assertThat(problem.violations())
        .containsExactly(Violation.of(Input.FILE, Rule.IMPORT_FILE_TOO_BIG, 200));
  }

  @Test
  void an_import_id_is_never_blank_and_new_ones_differ() {
    assertThat(ImportId.newId()).isNotEqualTo(ImportId.newId());
    assertThat(new ImportId("abc").toString()).isEqualTo("abc");
    assertThatThrownBy(() -> new ImportId(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ImportId(null)).isInstanceOf(NullPointerException.class);
  }
}
