package com.routebook.application.port.out;

import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.domain.Violation;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.tenant.TenantId;
import com.routebook.domain.transfer.ImportId;
import com.routebook.domain.transfer.ImportMode;
import com.routebook.domain.transfer.ImportOutcome;
import com.routebook.domain.transfer.ImportStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The tenants' imports: status, counts and the result of every row, kept so that any instance can
 * answer about them. At most one import of a tenant is {@code RUNNING}; beginning another is
 * refused. Every method works inside the given tenant only. Each call commits on its own (progress
 * is visible while the import's writes are still open).
 */
public interface DirectoryImports {

  /**
   * Records a new running import.
   *
   * @throws com.routebook.domain.ConflictException {@code IMPORT_RUNNING} naming the running one
   */
  ImportSummary begin(TenantId tenantId, ImportSummary summary);

  /** Updates the counts of a running import. */
  void progress(TenantId tenantId, ImportId importId, Counts counts);

  /** Keeps the results of rows. */
  void keepRows(TenantId tenantId, ImportId importId, List<ImportRowResult> rows);

  /** Ends an import (DONE or FAILED) with its last counts; the tenant may then begin another. */
  void finish(
      TenantId tenantId,
      ImportId importId,
      ImportStatus status,
      Counts counts,
      boolean applied,
      Instant at);

  /** The tenant's import with that id. */
  Optional<ImportSummary> find(TenantId tenantId, ImportId importId);

  /** A page of the import's rows, failed first then by line; outcome {@code null}: all. */
  Page<ImportRowResult> rows(
      TenantId tenantId, ImportId importId, ImportOutcome outcome, PageRequest page);

  /** Hands every row of the import to sink, failed first then by line. */
  void forEachRow(TenantId tenantId, ImportId importId, Consumer<ImportRowResult> sink);

  /** How many rows the file has, how many were checked, and the outcomes so far. */
  record Counts(long rows, long processed, long added, long updated, long unchanged, long failed) {

    /** A file of rows, none checked yet. */
    public static Counts of(long rows) {
      return new Counts(rows, 0, 0, 0, 0, 0);
    }

    /** These counts and one more row of the outcome. */
    public Counts plus(ImportOutcome outcome) {
      return new Counts(
          rows,
          processed + 1,
          added + (outcome == ImportOutcome.ADDED ? 1 : 0),
          updated + (outcome == ImportOutcome.UPDATED ? 1 : 0),
          unchanged + (outcome == ImportOutcome.UNCHANGED ? 1 : 0),
          failed + (outcome == ImportOutcome.FAILED ? 1 : 0));
    }
  }

  /**
   * An import: who started it and when, dry run or not, the mode, where it stands, whether its
   * changes were saved ({@code applied}), and the counts.
   */
  record ImportSummary(
      ImportId id,
      String actor,
      boolean dryRun,
      ImportMode mode,
      ImportStatus status,
      boolean applied,
      Counts counts,
      Instant startedAt,
      Instant finishedAt) {
    public ImportSummary {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(mode, "mode");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(counts, "counts");
      Objects.requireNonNull(startedAt, "startedAt");
    }
  }

  /** What one row came to: its line, outcome, customer (when known) and what it broke. */
  record ImportRowResult(
      long line, ImportOutcome outcome, CustomerId customerId, List<Violation> errors) {
    public ImportRowResult {
      Objects.requireNonNull(outcome, "outcome");
      errors = List.copyOf(errors);
    }
  }
}
