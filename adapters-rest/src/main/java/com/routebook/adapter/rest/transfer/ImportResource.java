package com.routebook.adapter.rest.transfer;

import com.routebook.adapter.rest.common.PageParams;
import com.routebook.adapter.rest.common.QueryParams;
import com.routebook.adapter.rest.problem.Problem;
import com.routebook.application.port.in.transfer.ImportDirectoryUseCase;
import com.routebook.application.port.in.transfer.ImportDirectoryUseCase.StartImportCommand;
import com.routebook.application.port.out.DirectoryImports.ImportSummary;
import com.routebook.application.port.out.TransferFiles.FileFormat;
import com.routebook.domain.transfer.ImportId;
import com.routebook.domain.transfer.ImportMode;
import com.routebook.domain.transfer.ImportOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Imports into the directory: the file is checked as a whole at once (422 or 413, nothing changed),
 * then its rows in the background: 202 with the import to poll. Editors import; viewers read
 * imports, their rows and reports, and the template.
 */
@Path("customers/imports")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import and export", description = "The directory as CSV or XLSX files")
public class ImportResource {

  private static final String PROBLEM = Problem.MEDIA_TYPE;

  @Inject ImportDirectoryUseCase importDirectory;

  @POST
  @Consumes({Files.CSV, Files.XLSX, MediaType.APPLICATION_OCTET_STREAM, MediaType.WILDCARD})
  @Operation(
      summary = "Import a file into the directory (editor)",
      description =
          "The body is the file: text/csv (UTF-8, comma separated, header row) or xlsx, at most"
              + " 200 MB and 2,000,000 rows; format=csv|xlsx overrides the Content-Type. Columns:"
              + " eAddress or organizationNumber or vatNumber, customerNumbers, serviceProvider"
              + " (name or id, optional), state (optional); customerId, name and participantId of"
              + " an export are accepted and not used. dryRun (default true) saves nothing;"
              + " mode ALL_OR_NOTHING (default) saves nothing when a row fails, VALID_ROWS saves"
              + " the valid rows. One import of a tenant runs at a time.")
  @APIResponse(
      responseCode = "202",
      description = "the import, running; Location names it",
      headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = ImportJson.Status.class)))
  @APIResponse(
      responseCode = "409",
      description = "another import of the tenant is running (IMPORT_RUNNING)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "413",
      description = "the file is over 200 MB (INVALID_IMPORT_FILE)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "not a file to import (INVALID_IMPORT_FILE: empty, not UTF-8, another delimiter,"
              + " missing or unknown columns, unreadable), or a bad parameter",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  public Response start(
      InputStream body,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @Parameter(schema = @Schema(enumeration = {"csv", "xlsx"})) @QueryParam("format")
          String format,
      @Parameter(schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true"))
          @QueryParam("dryRun")
          String dryRun,
      @Parameter(
              schema =
                  @Schema(
                      enumeration = {"ALL_OR_NOTHING", "VALID_ROWS"},
                      defaultValue = "ALL_OR_NOTHING"))
          @QueryParam("mode")
          String mode,
      @Context UriInfo uriInfo) {
    boolean dry = QueryParams.bool("dryRun", dryRun, true);
    ImportMode importMode = QueryParams.enumValue("mode", mode, ImportMode.class);
    FileFormat fileFormat =
        format != null && !format.isBlank()
            ? Files.format(format)
            : contentType != null && contentType.startsWith(Files.XLSX)
                ? FileFormat.XLSX
                : FileFormat.CSV;
    ImportSummary summary =
        importDirectory.start(
            new StartImportCommand(
                body,
                fileFormat,
                dry,
                importMode == null ? ImportMode.ALL_OR_NOTHING : importMode));
    return Response.accepted(ImportJson.Status.of(summary))
        .location(uriInfo.getAbsolutePathBuilder().path(summary.id().value()).build())
        .build();
  }

  @POST
  @Path("{id}/apply")
  @Operation(
      summary = "Apply the file of a finished dry run (editor)",
      description =
          "Starts a new import of the same file with dryRun=false. The file is kept on the server"
              + " that ran the dry run until it is applied or the tenant's next dry run ends.")
  @APIResponse(
      responseCode = "202",
      description = "the new import, running; Location names it",
      content = @Content(schema = @Schema(implementation = ImportJson.Status.class)))
  @APIResponse(
      responseCode = "404",
      description = "no kept file of that dry run (IMPORT_NOT_FOUND)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "another import of the tenant is running (IMPORT_RUNNING)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  public Response apply(
      @PathParam("id") String id,
      @Parameter(
              schema =
                  @Schema(
                      enumeration = {"ALL_OR_NOTHING", "VALID_ROWS"},
                      defaultValue = "ALL_OR_NOTHING"))
          @QueryParam("mode")
          String mode,
      @Context UriInfo uriInfo) {
    ImportMode importMode = QueryParams.enumValue("mode", mode, ImportMode.class);
    ImportSummary summary =
        importDirectory.apply(
            new ImportId(id), importMode == null ? ImportMode.ALL_OR_NOTHING : importMode);
    return Response.accepted(ImportJson.Status.of(summary))
        .location(
            uriInfo
                .getBaseUriBuilder()
                .path("customers/imports")
                .path(summary.id().value())
                .build())
        .build();
  }

  @GET
  @Path("template")
  @Produces({Files.CSV, Files.XLSX, PROBLEM})
  @Operation(summary = "The empty file to fill in: the import's columns")
  @APIResponse(
      responseCode = "200",
      description = "the template",
      content = {@Content(mediaType = Files.CSV), @Content(mediaType = Files.XLSX)})
  public Response template(
      @Parameter(
              schema =
                  @Schema(
                      enumeration = {"csv", "xlsx"},
                      defaultValue = "csv"))
          @QueryParam("format")
          String format) {
    FileFormat fileFormat = Files.format(format);
    return Files.download(importDirectory.template(fileFormat), fileFormat, "customers-template");
  }

  @GET
  @Path("{id}")
  @Operation(summary = "An import: status, progress and counts")
  @APIResponse(
      responseCode = "200",
      description = "the import",
      content = @Content(schema = @Schema(implementation = ImportJson.Status.class)))
  @APIResponse(
      responseCode = "404",
      description = "no such import in your directory (IMPORT_NOT_FOUND)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  public ImportJson.Status status(@PathParam("id") String id) {
    return ImportJson.Status.of(importDirectory.status(new ImportId(id)));
  }

  @GET
  @Path("{id}/rows")
  @Operation(summary = "The import's rows, failed first then by line")
  @APIResponse(
      responseCode = "200",
      description = "a page of rows",
      content = @Content(schema = @Schema(implementation = ImportJson.RowPage.class)))
  @APIResponse(
      responseCode = "404",
      description = "no such import in your directory (IMPORT_NOT_FOUND)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  public ImportJson.RowPage rows(
      @PathParam("id") String id,
      @Parameter(schema = @Schema(enumeration = {"ADDED", "UPDATED", "UNCHANGED", "FAILED"}))
          @QueryParam("outcome")
          String outcome,
      @BeanParam PageParams paging) {
    return ImportJson.RowPage.of(
        importDirectory.rows(
            new ImportId(id),
            QueryParams.enumValue("outcome", outcome, ImportOutcome.class),
            paging.request()));
  }

  @GET
  @Path("{id}/report")
  @Produces({Files.CSV, Files.XLSX, PROBLEM})
  @Operation(
      summary = "The import's report as a file",
      description = "Columns line, outcome, customerId, errors; failed rows first.")
  @APIResponse(
      responseCode = "200",
      description = "the report",
      content = {@Content(mediaType = Files.CSV), @Content(mediaType = Files.XLSX)})
  public Response report(
      @PathParam("id") String id,
      @Parameter(
              schema =
                  @Schema(
                      enumeration = {"csv", "xlsx"},
                      defaultValue = "csv"))
          @QueryParam("format")
          String format) {
    FileFormat fileFormat = Files.format(format);
    return Files.download(
        importDirectory.report(new ImportId(id), fileFormat, ImportJson::text),
        fileFormat,
        "import-" + id);
  }
}
