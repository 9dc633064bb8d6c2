package com.routebook.adapter.jsf.transfer;

import com.routebook.adapter.jsf.support.Downloads;
import com.routebook.adapter.jsf.support.Feedback;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.in.transfer.ImportDirectoryUseCase;
import com.routebook.application.port.in.transfer.ImportDirectoryUseCase.StartImportCommand;
import com.routebook.application.port.out.DirectoryImports.ImportRowResult;
import com.routebook.application.port.out.DirectoryImports.ImportSummary;
import com.routebook.application.port.out.TransferFiles.FileFormat;
import com.routebook.domain.DomainException;
import com.routebook.domain.Input;
import com.routebook.domain.transfer.ImportId;
import com.routebook.domain.transfer.ImportMode;
import com.routebook.domain.transfer.ImportStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Import customers: upload a CSV or XLSX file (a dry run by default), follow its progress, read the
 * report (totals, failed rows first, in the user's language), download it, and apply the file of a
 * dry run. The import's id is in the address ({@code ?id=}), so the page can be left and opened
 * again while the import runs.
 */
@Named("importer")
@ViewScoped
public class ImportBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Rows of the report shown on the page (the download has them all). */
  static final int REPORT_ROWS = 100;

  static final String FILE_FIELD = "upload:file";

  private ImportDirectoryUseCase imports;
  private Feedback feedback;

  private transient Part file;
  private boolean dryRun = true;
  private ImportMode mode = ImportMode.ALL_OR_NOTHING;
  private String id;
  private ImportSummary summary;
  private List<ReportRow> rows = List.of();

  /** For the CDI proxy only. */
  protected ImportBean() {}

  @Inject
  public ImportBean(ImportDirectoryUseCase imports, Feedback feedback) {
    this.imports = imports;
    this.feedback = feedback;
  }

  /** Loads the import named in the address, if any. */
  public void open() {
    if (id != null && !id.isBlank() && summary == null) {
      refresh();
    }
  }

  /** Reads the import's status again (the progress bar's poll) and, once it ended, its rows. */
  public void refresh() {
    try {
      summary = imports.status(new ImportId(id));
      if (summary.status() != ImportStatus.RUNNING) {
        rows =
            imports.rows(summary.id(), null, new PageRequest(0, REPORT_ROWS)).items().stream()
                .map(this::row)
                .toList();
      }
    } catch (DomainException e) {
      summary = null;
      feedback.report(e);
    }
  }

  /** Uploads the file and starts its import; the page then follows it by its id. */
  public String upload() {
    if (file == null || file.getSize() == 0) {
      feedback.error(FILE_FIELD, "import.chooseFile");
      return null;
    }
    try (InputStream content = file.getInputStream()) {
      ImportSummary started =
          imports.start(new StartImportCommand(content, formatOf(file), dryRun, mode));
      return follow(started);
    } catch (DomainException e) {
      feedback.report(e, Map.of(Input.FILE, FILE_FIELD));
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Applies the file of the dry run shown. */
  public String apply() {
    try {
      return follow(imports.apply(summary.id(), mode));
    } catch (DomainException e) {
      feedback.report(e);
      return null;
    }
  }

  private String follow(ImportSummary started) {
    return "/import?faces-redirect=true&id=" + started.id().value();
  }

  /** Downloads the report of the import shown (CSV, in the user's language). */
  public void downloadReport() {
    Downloads.send(
        imports.report(summary.id(), FileFormat.CSV, feedback::message),
        FileFormat.CSV,
        "import-report");
  }

  /** Downloads the empty template. */
  public void downloadTemplate(String format) {
    FileFormat fileFormat = FileFormat.valueOf(format);
    Downloads.send(imports.template(fileFormat), fileFormat, "customers-template");
  }

  private static FileFormat formatOf(Part part) {
    String name = part.getSubmittedFileName();
    return name != null && name.toLowerCase(Locale.ROOT).endsWith(".xlsx")
        ? FileFormat.XLSX
        : FileFormat.CSV;
  }

  private ReportRow row(ImportRowResult result) {
    return new ReportRow(
        result.line(),
        result.outcome().name(),
        result.errors().stream().map(feedback::message).collect(Collectors.joining(" ")));
  }

  /** A row of the report as the page shows it. */
  public record ReportRow(long line, String outcome, String errors) implements Serializable {
    public String getOutcomeKey() {
      return "import.outcome." + outcome;
    }

    public long getLine() {
      return line;
    }

    public String getErrors() {
      return errors;
    }

    public boolean isFailed() {
      return "FAILED".equals(outcome);
    }
  }

  /** Whether an import is shown and still running. */
  public boolean isRunning() {
    return summary != null && summary.status() == ImportStatus.RUNNING;
  }

  /** Whether a finished dry run is shown, whose file can be applied. */
  public boolean isApplicable() {
    return summary != null && summary.dryRun() && summary.status() == ImportStatus.DONE;
  }

  /** How far the import is, 0 to 100. */
  public int getPercent() {
    if (summary == null || summary.counts().rows() == 0) {
      return 0;
    }
    return (int) (summary.counts().processed() * 100 / summary.counts().rows());
  }

  /** Whether an import is shown. */
  public boolean isShown() {
    return summary != null;
  }

  /** Whether the import shown is a dry run. */
  public boolean isShownDryRun() {
    return summary != null && summary.dryRun();
  }

  /** Whether the import shown saved its changes. */
  public boolean isShownApplied() {
    return summary != null && summary.applied();
  }

  /** The bundle key of the shown import's status. */
  public String getStatusKey() {
    return summary == null ? "" : "import.status." + summary.status().name();
  }

  /** The shown import's counts: rows, processed, added, updated, unchanged, failed. */
  public long[] getCounts() {
    if (summary == null) {
      return new long[6];
    }
    var c = summary.counts();
    return new long[] {c.rows(), c.processed(), c.added(), c.updated(), c.unchanged(), c.failed()};
  }

  public List<ReportRow> getRows() {
    return rows;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public boolean isDryRun() {
    return dryRun;
  }

  public void setDryRun(boolean dryRun) {
    this.dryRun = dryRun;
  }

  public ImportMode getMode() {
    return mode;
  }

  public void setMode(ImportMode mode) {
    this.mode = mode;
  }

  public ImportMode[] getModes() {
    return ImportMode.values();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
