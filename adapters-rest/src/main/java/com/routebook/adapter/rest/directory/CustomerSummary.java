package com.routebook.adapter.rest.directory;

import com.routebook.adapter.rest.common.ServiceProviderJson;
import com.routebook.adapter.rest.problem.ApiTexts;
import com.routebook.application.port.out.DirectorySearch;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A customer as listed by a search. */
@Schema(name = "CustomerSummary")
@JsonbPropertyOrder({
  "id",
  "name",
  "participantId",
  "eAddress",
  "organizationNumber",
  "vatNumber",
  "customerNumbers",
  "serviceProvider",
  "state",
  "nonExisting",
  "version",
  "warnings"
})
public record CustomerSummary(
    String id,
    String name,
    String participantId,
    @Schema(example = "0007:5560360793") String eAddress,
    @Schema(nullable = true) String organizationNumber,
    @Schema(nullable = true) String vatNumber,
    List<String> customerNumbers,
    ServiceProviderJson serviceProvider,
    @Schema(enumeration = {"ACTIVE", "INACTIVE"}) String state,
    @Schema(description = "the participant is deactivated in the network (red label)")
        boolean nonExisting,
    @Schema(description = "the version; the ETag is this number in quotes") long version,
    @Schema(description = "warnings about the E-address, e.g. its scheme is deprecated")
        List<String> warnings) {

  /** The summary of a search's result row. */
  public static CustomerSummary from(DirectorySearch.CustomerSummary row) {
    return new CustomerSummary(
        row.id().value(),
        row.name(),
        row.participantId().value(),
        row.eAddress(),
        row.organizationNumber(),
        row.vatNumber(),
        row.customerNumbers(),
        ServiceProviderJson.from(row.serviceProvider()),
        row.state().name(),
        row.nonExisting(),
        row.version(),
        ApiTexts.ENGLISH.texts(row.warnings()));
  }
}
