package com.routebook.application.fake;

import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.out.DirectoryImports;
import com.routebook.domain.ConflictException;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.tenant.TenantId;
import com.routebook.domain.transfer.ImportId;
import com.routebook.domain.transfer.ImportOutcome;
import com.routebook.domain.transfer.ImportStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The tenants' imports in memory. */
public class InMemoryDirectoryImports implements DirectoryImports {

  private final Map<ImportId, TenantId> tenants = new HashMap<>();
  private final Map<ImportId, ImportSummary> summaries = new HashMap<>();
  private final Map<ImportId, List<ImportRowResult>> rows = new HashMap<>();
  private final List<Counts> progress = new ArrayList<>();

  @Override
  public synchronized ImportSummary begin(TenantId tenantId, ImportSummary summary) {
    summaries.entrySet().stream()
        .filter(e -> tenants.get(e.getKey()).equals(tenantId))
        .filter(e -> e.getValue().status() == ImportStatus.RUNNING)
        .findFirst()
        .ifPresent(
            running -> {
              throw new ConflictException(ErrorCode.IMPORT_RUNNING, running.getKey().value());
            });
    tenants.put(summary.id(), tenantId);
    summaries.put(summary.id(), summary);
    rows.put(summary.id(), new ArrayList<>());
    return summary;
  }

  @Override
  public synchronized void progress(TenantId tenantId, ImportId importId, Counts counts) {
    ImportSummary s = mine(tenantId, importId).orElseThrow();
    summaries.put(
        importId,
        new ImportSummary(
            s.id(),
            s.actor(),
            s.dryRun(),
            s.mode(),
            s.status(),
            s.applied(),
            counts,
            s.startedAt(),
            s.finishedAt()));
    progress.add(counts);
  }

  /** Every progress reported, in order. */
  public synchronized List<Counts> progressReported() {
    return List.copyOf(progress);
  }

  @Override
  public synchronized void keepRows(
      TenantId tenantId, ImportId importId, List<ImportRowResult> newRows) {
    mine(tenantId, importId).orElseThrow();
    rows.get(importId).addAll(newRows);
  }

  @Override
  public synchronized void finish(
      TenantId tenantId,
      ImportId importId,
      ImportStatus status,
      Counts counts,
      boolean applied,
      Instant at) {
    ImportSummary s = mine(tenantId, importId).orElseThrow();
    summaries.put(
        importId,
        new ImportSummary(
            s.id(), s.actor(), s.dryRun(), s.mode(), status, applied, counts, s.startedAt(), at));
  }

  @Override
  public synchronized Optional<ImportSummary> find(TenantId tenantId, ImportId importId) {
    return mine(tenantId, importId);
  }

  @Override
  public synchronized Page<ImportRowResult> rows(
      TenantId tenantId, ImportId importId, ImportOutcome outcome, PageRequest page) {
    List<ImportRowResult> all =
        ordered(importId).stream().filter(r -> outcome == null || r.outcome() == outcome).toList();
    int from = (int) Math.min(page.offset(), all.size());
    int to = Math.min(from + page.size(), all.size());
    return new Page<>(all.subList(from, to), page.page(), page.size(), all.size());
  }

  @Override
  public synchronized void forEachRow(
      TenantId tenantId, ImportId importId, Consumer<ImportRowResult> sink) {
    if (mine(tenantId, importId).isPresent()) {
      ordered(importId).forEach(sink);
    }
  }

  private List<ImportRowResult> ordered(ImportId importId) {
    List<ImportRowResult> all = new ArrayList<>(rows.getOrDefault(importId, List.of()));
    all.sort(
        Comparator.comparing((ImportRowResult r) -> r.outcome() != ImportOutcome.FAILED)
            .thenComparingLong(ImportRowResult::line));
    return all;
  }

  private Optional<ImportSummary> mine(TenantId tenantId, ImportId importId) {
    return tenantId.equals(tenants.get(importId))
        ? Optional.of(summaries.get(importId))
        : Optional.empty();
  }
}
