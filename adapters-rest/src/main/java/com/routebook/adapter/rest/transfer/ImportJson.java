package com.routebook.adapter.rest.transfer;

import com.routebook.adapter.rest.common.PageParams;
import com.routebook.adapter.rest.problem.ApiTexts;
import com.routebook.adapter.rest.problem.Problem;
import com.routebook.application.port.Page;
import com.routebook.application.port.out.DirectoryImports.ImportRowResult;
import com.routebook.application.port.out.DirectoryImports.ImportSummary;
import com.routebook.domain.Input;
import com.routebook.domain.Violation;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON of imports and their rows. */
public final class ImportJson {

  private ImportJson() {}

  /** An import: where it stands and its counts. */
  @Schema(name = "Import")
  public record Status(
      String id,
      @Schema(enumeration = {"RUNNING", "DONE", "FAILED"}) String status,
      boolean dryRun,
      @Schema(enumeration = {"ALL_OR_NOTHING", "VALID_ROWS"}) String mode,
      @Schema(description = "whether the changes were saved") boolean applied,
      long rows,
      long processed,
      long added,
      long updated,
      long unchanged,
      long failed,
      String actor,
      String startedAt,
      String finishedAt) {

    static Status of(ImportSummary summary) {
      return new Status(
          summary.id().value(),
          summary.status().name(),
          summary.dryRun(),
          summary.mode().name(),
          summary.applied(),
          summary.counts().rows(),
          summary.counts().processed(),
          summary.counts().added(),
          summary.counts().updated(),
          summary.counts().unchanged(),
          summary.counts().failed(),
          summary.actor(),
          summary.startedAt().toString(),
          summary.finishedAt() == null ? null : summary.finishedAt().toString());
    }
  }

  /** One row of the file: its line, what it came to, and why it failed. */
  @Schema(name = "ImportRow")
  public record Row(long line, String outcome, String customerId, List<Problem.FieldError> errors) {

    static Row of(ImportRowResult row) {
      return new Row(
          row.line(),
          row.outcome().name(),
          row.customerId() == null ? null : row.customerId().value(),
          row.errors().stream().map(ImportJson::error).toList());
    }
  }

  /** A page of rows, failed first then by line. */
  @Schema(name = "ImportRowPage")
  public record RowPage(List<Row> items, int page, int size, long total) {
    static RowPage of(Page<ImportRowResult> page) {
      return PageParams.answer(page, Row::of, RowPage::new);
    }
  }

  /** A violation of a row, named by the file's column. */
  static Problem.FieldError error(Violation violation) {
    Problem.FieldError error = ApiTexts.fieldError(violation);
    if (violation.input() == Input.SERVICE_PROVIDER) {
      return new Problem.FieldError("serviceProvider", error.message());
    }
    return error;
  }

  /** The English text of a violation, for the report. */
  static String text(Violation violation) {
    Problem.FieldError error = error(violation);
    return error.field() + ": " + error.message();
  }
}
