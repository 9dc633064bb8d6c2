package com.routebook.adapter.rest.transfer;

import com.routebook.adapter.rest.common.CustomerFilter;
import com.routebook.adapter.rest.problem.Problem;
import com.routebook.application.port.in.transfer.ExportDirectoryUseCase;
import com.routebook.application.port.in.transfer.ExportDirectoryUseCase.ExportQuery;
import com.routebook.application.port.out.TransferFiles.FileFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
          "The customers GET /customers lists for the same q, caseSensitive, state, sort and"
              + " Accept-Language, in the same order, all of them (page and size do not apply),"
              + " with the columns customerId, name, participantId, eAddress, organizationNumber,"
              + " vatNumber, customerNumbers, serviceProvider (id), state: an export imports back"
              + " unchanged. CSV is UTF-8 with a byte order mark, comma separated, with a header"
              + " row.")
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
      @BeanParam CustomerFilter filter,
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
                filter.pattern(), filter.state(), filter.sort(), filter.language(), fileFormat)),
        fileFormat,
        "customers");
  }
}
