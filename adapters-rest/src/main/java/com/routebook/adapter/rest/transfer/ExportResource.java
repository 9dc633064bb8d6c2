package com.routebook.adapter.rest.transfer;

import com.routebook.adapter.rest.common.QueryParams;
import com.routebook.adapter.rest.problem.Problem;
import com.routebook.application.port.in.transfer.ExportDirectoryUseCase;
import com.routebook.application.port.in.transfer.ExportDirectoryUseCase.ExportQuery;
import com.routebook.application.port.out.TransferFiles.FileFormat;
import com.routebook.domain.customer.CustomerState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The directory as a file (viewer), streamed from the database as it is read. */
@Path("customers/export")
@ApplicationScoped
@Tag(name = "Import and export", description = "The directory as CSV or XLSX files")
public class ExportResource {

  @Inject ExportDirectoryUseCase exportDirectory;

  @GET
  @Produces({Files.CSV, Files.XLSX, Problem.MEDIA_TYPE})
  @Operation(
      summary = "Export the directory",
      description =
          "The customers the search finds (all without q), sorted by name then id, with the"
              + " columns customerId, name, participantId, eAddress, organizationNumber, vatNumber,"
              + " customerNumbers, serviceProvider (id), state: an export imports back unchanged."
              + " CSV is UTF-8 with a byte order mark, comma separated, with a header row.")
  @APIResponse(
      responseCode = "200",
      description = "the file",
      content = {@Content(mediaType = Files.CSV), @Content(mediaType = Files.XLSX)})
  @APIResponse(
      responseCode = "422",
      description = "bad query or parameter (INVALID_SEARCH, INVALID_PARAMETER)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response export(
      @Parameter(description = "search box; absent: all customers") @QueryParam("q") String q,
      @Parameter(schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true"))
          @QueryParam("caseSensitive")
          String caseSensitive,
      @Parameter(schema = @Schema(enumeration = {"ACTIVE", "INACTIVE"})) @QueryParam("state")
          String state,
      @Parameter(
              schema =
                  @Schema(
                      enumeration = {"csv", "xlsx"},
                      defaultValue = "csv"))
          @QueryParam("format")
          String format) {
    FileFormat fileFormat = Files.format(format);
    return Files.download(
        exportDirectory.export(
            new ExportQuery(
                QueryParams.search(q, caseSensitive),
                QueryParams.enumValue("state", state, CustomerState.class),
                fileFormat)),
        fileFormat,
        "customers");
  }
}
