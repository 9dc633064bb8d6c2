package com.routebook.application.service.transfer;

import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.in.transfer.FileContent;
import com.routebook.application.port.in.transfer.ImportDirectoryUseCase;
import com.routebook.application.port.out.BackgroundWork;
import com.routebook.application.port.out.Clock;
import com.routebook.application.port.out.CurrentUser;
import com.routebook.application.port.out.DirectoryImports;
import com.routebook.application.port.out.DirectoryImports.Counts;
import com.routebook.application.port.out.DirectoryImports.ImportRowResult;
import com.routebook.application.port.out.DirectoryImports.ImportSummary;
import com.routebook.application.port.out.ImportReads;
import com.routebook.application.port.out.ImportWrites;
import com.routebook.application.port.out.TransferFiles;
import com.routebook.application.port.out.TransferFiles.FileFormat;
import com.routebook.application.port.out.TransferFiles.Row;
import com.routebook.application.port.out.TransferFiles.RowReader;
import com.routebook.application.port.out.TransferFiles.RowWriter;
import com.routebook.application.port.out.TransferFiles.Upload;
import com.routebook.application.service.Access;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.NotFoundException;
import com.routebook.domain.Rule;
import com.routebook.domain.Violation;
import com.routebook.domain.customer.ChangeStamp;
import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerChange;
import com.routebook.domain.tenant.Actor;
import com.routebook.domain.tenant.Role;
import com.routebook.domain.tenant.TenantId;
import com.routebook.domain.transfer.ImportId;
import com.routebook.domain.transfer.ImportMode;
import com.routebook.domain.transfer.ImportOutcome;
import com.routebook.domain.transfer.ImportStatus;
import com.routebook.domain.transfer.TransferColumn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Imports files into the caller's directory. {@link #start} checks the file as a whole while the
 * caller waits (size, format, encoding, header; it also counts the rows, for the progress), takes
 * the tenant's one import slot and hands the rows to the background: they are planned in chunks
 * ({@link ImportPlanner}), each chunk's results kept at once (the progress), and, unless it is a
 * dry run, written in one transaction of {@link ImportWrites} that is committed at the end: always
 * in {@code VALID_ROWS} mode, only when no row failed in {@code ALL_OR_NOTHING}.
 *
 * <p>Three things overlap: while a chunk is decided and written, the next one is looked up ({@link
 * ImportPlanner#prepare}) and the one before is kept ({@link DirectoryImports#keepRows}), each on a
 * thread of {@link BackgroundWork}; chunks are still decided one at a time in the file's order, and
 * at most one chunk waits on either side, so memory does not grow with the file.
 */
@ApplicationScoped
public class DirectoryImportService implements ImportDirectoryUseCase {

  private static final Logger LOG = Logger.getLogger(DirectoryImportService.class.getName());

  /** Largest file accepted, in megabytes. */
  public static final int MAX_MEGABYTES = 200;

  /** Most rows in one file. */
  public static final long MAX_ROWS = 2_000_000;

  /** Rows planned, kept and written together. */
  static final int CHUNK = 5_000;

  private TransferFiles files;
  private DirectoryImports imports;
  private ImportWrites writes;
  private ImportReads reads;
  private BackgroundWork background;
  private CurrentUser currentUser;
  private Clock clock;

  /** For the CDI proxy only. */
  protected DirectoryImportService() {}

  @Inject
  public DirectoryImportService(
      TransferFiles files,
      DirectoryImports imports,
      ImportWrites writes,
      ImportReads reads,
      BackgroundWork background,
      CurrentUser currentUser,
      Clock clock) {
    this.files = files;
    this.imports = imports;
    this.writes = writes;
    this.reads = reads;
    this.background = background;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** The file of each tenant's last finished dry run, kept for {@link #apply}. */
  private final Map<TenantId, KeptFile> kept = new ConcurrentHashMap<>();

  /** A dry run's file. */
  private record KeptFile(ImportId dryRun, FileFormat format, Upload upload) {}

  @Override
  public ImportSummary start(StartImportCommand command) {
    Actor actor = currentUser.actor();
    TenantId tenant = Access.tenantOf(actor, Role.EDITOR);
    Upload upload = files.store(command.content(), MAX_MEGABYTES * 1024L * 1024L);
    return start(tenant, actor, upload, command.format(), command.dryRun(), command.mode());
  }

  @Override
  public ImportSummary apply(ImportId dryRunId, ImportMode mode) {
    Actor actor = currentUser.actor();
    TenantId tenant = Access.tenantOf(actor, Role.EDITOR);
    KeptFile file = kept.get(tenant);
    if (file == null || !file.dryRun().equals(dryRunId) || !kept.remove(tenant, file)) {
      throw new NotFoundException(ErrorCode.IMPORT_NOT_FOUND, dryRunId);
    }
    return start(tenant, actor, file.upload(), file.format(), false, mode);
  }

  private ImportSummary start(
      TenantId tenant,
      Actor actor,
      Upload upload,
      FileFormat format,
      boolean dryRun,
      ImportMode mode) {
    try {
      long rows = 0;
      try (RowReader reader = files.read(format, upload)) {
        TransferColumn.positions(reader.header());
        while (reader.next() != null) {
          rows++;
        }
      }
      if (rows == 0) {
        throw TransferColumn.fileProblem(Rule.IMPORT_FILE_EMPTY);
      }
      if (rows > MAX_ROWS) {
        throw TransferColumn.fileProblem(Rule.IMPORT_TOO_MANY_ROWS, MAX_ROWS, rows);
      }
      ImportSummary summary =
          imports.begin(
              tenant,
              new ImportSummary(
                  ImportId.newId(),
                  actor.username(),
                  dryRun,
                  mode,
                  ImportStatus.RUNNING,
                  false,
                  Counts.of(rows),
                  clock.now(),
                  null));
      background.submit(() -> run(tenant, actor, summary, format, upload));
      return summary;
    } catch (RuntimeException refused) {
      upload.discard();
      throw refused;
    }
  }

  /** Plans every row, keeps the results, and writes the changes unless it is a dry run. */
  void run(TenantId tenant, Actor actor, ImportSummary summary, FileFormat format, Upload upload) {
    Counts counts = summary.counts();
    boolean applied = false;
    ImportStatus status = ImportStatus.DONE;
    Ahead<Void> keeping = null;
    try (ImportWrites.Session session = summary.dryRun() ? null : writes.open(tenant);
        RowReader reader = files.read(format, upload)) {
      Map<TransferColumn, Integer> positions = TransferColumn.positions(reader.header());
      ImportPlanner planner =
          new ImportPlanner(
              tenant, positions, reads, new ChangeStamp(actor.username(), clock.now()));
      boolean writing = session != null;
      List<Row> rows = nextChunk(reader);
      ImportPlanner.Prepared prepared = rows.isEmpty() ? null : planner.prepare(rows);
      while (prepared != null) {
        // the next chunk is read from the file here and looked up in the background while this
        // one is decided, written and kept
        List<Row> nextRows = nextChunk(reader);
        Ahead<ImportPlanner.Prepared> ahead = null;
        if (!nextRows.isEmpty()) {
          ahead = new Ahead<>(() -> planner.prepare(nextRows));
          background.submit(ahead);
        }
        List<ImportPlanner.Planned> planned = planner.decide(prepared);
        for (ImportPlanner.Planned p : planned) {
          counts = counts.plus(p.result().outcome());
        }
        if (writing && counts.failed() > 0 && summary.mode() == ImportMode.ALL_OR_NOTHING) {
          writing = false;
        }
        if (writing) {
          write(session, planned);
        }
        boolean saved = writing;
        List<ImportRowResult> results = planned.stream().map(p -> reported(p, saved)).toList();
        Counts now = counts;
        // the rows' results are kept in the background too, one chunk after the other
        if (keeping != null) {
          keeping.get();
        }
        keeping =
            new Ahead<>(
                () -> {
                  imports.keepRows(tenant, summary.id(), results);
                  imports.progress(tenant, summary.id(), now);
                  return null;
                });
        if (ahead != null) {
          background.submit(keeping); // the last chunk's are kept below, on this thread
        }
        prepared = ahead == null ? null : ahead.get();
      }
      if (keeping != null) {
        keeping.get();
      }
      if (writing) {
        session.commit();
        applied = true;
      }
    } catch (RuntimeException failure) {
      LOG.log(Level.WARNING, "import " + summary.id() + " failed", failure);
      status = ImportStatus.FAILED;
    } finally {
      if (keeping != null && status == ImportStatus.FAILED) {
        try {
          keeping.get(); // its progress must not land after the finish
        } catch (RuntimeException alsoFailed) {
          LOG.log(Level.FINE, "keeping rows of a failed import failed too", alsoFailed);
        }
      }
      if (summary.dryRun() && status == ImportStatus.DONE) {
        KeptFile previous = kept.put(tenant, new KeptFile(summary.id(), format, upload));
        if (previous != null) {
          previous.upload().discard();
        }
      } else {
        upload.discard();
      }
      imports.finish(tenant, summary.id(), status, counts, applied, clock.now());
    }
  }

  /** The next rows of the file, up to a chunk; none at its end. */
  private static List<Row> nextChunk(RowReader reader) {
    List<Row> chunk = new ArrayList<>(CHUNK);
    Row row;
    while (chunk.size() < CHUNK && (row = reader.next()) != null) {
      chunk.add(row);
    }
    return chunk;
  }

  /**
   * Work done ahead on a background thread, or by the thread that needs its result when no
   * background thread has started it yet (so it never waits on a busy or held-back executor).
   */
  static final class Ahead<T> implements Runnable {
    private final Supplier<T> work;
    private final AtomicBoolean started = new AtomicBoolean();
    private final CompletableFuture<T> result = new CompletableFuture<>();

    Ahead(Supplier<T> work) {
      this.work = work;
    }

    @Override
    public void run() {
      if (started.compareAndSet(false, true)) {
        try {
          result.complete(work.get());
        } catch (RuntimeException | Error failure) {
          result.completeExceptionally(failure);
        }
      }
    }

    /** The result, made here if no one started it; its failure is thrown as it was. */
    T get() {
      run();
      try {
        return result.join();
      } catch (CompletionException wrapped) {
        if (wrapped.getCause() instanceof RuntimeException failure) {
          throw failure;
        }
        if (wrapped.getCause() instanceof Error error) {
          throw error;
        }
        throw wrapped;
      }
    }
  }

  /** A row's result as kept: a customer that is only planned (not written) has no id yet. */
  private static ImportRowResult reported(ImportPlanner.Planned planned, boolean written) {
    ImportRowResult result = planned.result();
    if (result.outcome() == ImportOutcome.ADDED && !written) {
      return new ImportRowResult(result.line(), result.outcome(), null, result.errors());
    }
    return result;
  }

  private static void write(ImportWrites.Session session, List<ImportPlanner.Planned> planned) {
    List<Customer> added = new ArrayList<>();
    List<Customer> updated = new ArrayList<>();
    List<CustomerChange> changes = new ArrayList<>();
    for (ImportPlanner.Planned p : planned) {
      if (p.result().outcome() == ImportOutcome.ADDED) {
        added.add(p.customer());
      } else if (p.result().outcome() == ImportOutcome.UPDATED) {
        updated.add(p.customer());
      }
      changes.addAll(p.changes());
    }
    session.add(added);
    session.update(updated);
    session.audit(changes);
  }

  @Override
  public ImportSummary status(ImportId importId) {
    TenantId tenant = Access.tenantOf(currentUser.actor(), Role.VIEWER);
    return load(tenant, importId);
  }

  @Override
  public Page<ImportRowResult> rows(ImportId importId, ImportOutcome outcome, PageRequest page) {
    TenantId tenant = Access.tenantOf(currentUser.actor(), Role.VIEWER);
    load(tenant, importId);
    return imports.rows(tenant, importId, outcome, page);
  }

  @Override
  public FileContent report(
      ImportId importId, FileFormat format, Function<Violation, String> texts) {
    TenantId tenant = Access.tenantOf(currentUser.actor(), Role.VIEWER);
    load(tenant, importId);
    return out -> writeReport(tenant, importId, format, texts, out);
  }

  private void writeReport(
      TenantId tenant,
      ImportId importId,
      FileFormat format,
      Function<Violation, String> texts,
      OutputStream out) {
    try (RowWriter writer =
        files.writer(format, out, List.of("line", "outcome", "customerId", "errors"))) {
      imports.forEachRow(
          tenant,
          importId,
          row ->
              writer.row(
                  List.of(
                      Long.toString(row.line()),
                      row.outcome().name(),
                      row.customerId() == null ? "" : row.customerId().value(),
                      row.errors().stream().map(texts).collect(Collectors.joining("; ")))));
    }
  }

  @Override
  public FileContent template(FileFormat format) {
    Access.tenantOf(currentUser.actor(), Role.VIEWER);
    return out -> {
      try (RowWriter writer =
          files.writer(
              format,
              out,
              TransferColumn.template().stream().map(TransferColumn::header).toList())) {
        // the header alone
      }
    };
  }

  private ImportSummary load(TenantId tenant, ImportId importId) {
    return imports
        .find(tenant, importId)
        .orElseThrow(() -> new NotFoundException(ErrorCode.IMPORT_NOT_FOUND, importId));
  }
}
