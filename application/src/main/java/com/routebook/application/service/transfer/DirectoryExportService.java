package com.routebook.application.service.transfer;

import com.routebook.application.port.in.transfer.ExportDirectoryUseCase;
import com.routebook.application.port.in.transfer.FileContent;
import com.routebook.application.port.out.CurrentUser;
import com.routebook.application.port.out.DirectoryExport;
import com.routebook.application.port.out.DirectoryExport.ExportRow;
import com.routebook.application.port.out.TransferFiles;
import com.routebook.application.port.out.TransferFiles.RowWriter;
import com.routebook.application.service.Access;
import com.routebook.domain.tenant.Role;
import com.routebook.domain.tenant.TenantId;
import com.routebook.domain.transfer.TransferColumn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Exports the caller's directory (viewer): rows go from the database to the file one by one. */
@ApplicationScoped
public class DirectoryExportService implements ExportDirectoryUseCase {

  /** The export's columns: the import's and, for people, name, participant and customer ids. */
  static final List<TransferColumn> COLUMNS = Arrays.asList(TransferColumn.values());

  private DirectoryExport directoryExport;
  private TransferFiles files;
  private CurrentUser currentUser;

  /** For the CDI proxy only. */
  protected DirectoryExportService() {}

  @Inject
  public DirectoryExportService(
      DirectoryExport directoryExport, TransferFiles files, CurrentUser currentUser) {
    this.directoryExport = directoryExport;
    this.files = files;
    this.currentUser = currentUser;
  }

  @Override
  public FileContent export(ExportQuery query) {
    TenantId tenant = Access.tenantOf(currentUser.actor(), Role.VIEWER);
    return out -> {
      try (RowWriter writer =
          files.writer(
              query.format(), out, COLUMNS.stream().map(TransferColumn::header).toList())) {
        directoryExport.forEach(tenant, query.selection(), row -> writer.row(cells(row)));
      }
    };
  }

  /** The cells of a row, in the order of {@link #COLUMNS}. */
  static List<String> cells(ExportRow row) {
    List<String> cells = new ArrayList<>(COLUMNS.size());
    for (TransferColumn column : COLUMNS) {
      cells.add(
          switch (column) {
            case CUSTOMER_ID -> row.customerId();
            case NAME -> row.name();
            case PARTICIPANT_ID -> row.participantId();
            case E_ADDRESS -> row.eAddress();
            case ORGANIZATION_NUMBER -> row.organizationNumber();
            case VAT_NUMBER -> row.vatNumber();
            case CUSTOMER_NUMBERS -> String.join(", ", row.customerNumbers());
            case SERVICE_PROVIDER -> row.serviceProviderId();
            case STATE -> row.state().name();
          });
    }
    return cells;
  }
}
