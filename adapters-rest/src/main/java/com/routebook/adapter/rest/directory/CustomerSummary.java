package com.routebook.adapter.rest.directory;

import com.routebook.adapter.rest.common.ServiceProviderJson;
import com.routebook.application.port.in.directory.CustomerView;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A customer as listed by a search. */
@Schema(name = "CustomerSummary")
@JsonbNillable
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
  "version"
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
    @Schema(description = "the version; the ETag is this number in quotes") long version) {

  public static CustomerSummary from(CustomerView view) {
    return new CustomerSummary(
        view.id().value(),
        view.name(),
        view.participantId().value(),
        view.eAddress(),
        view.organizationNumber(),
        view.vatNumber(),
        view.customerNumbers(),
        ServiceProviderJson.from(view.serviceProvider()),
        view.state().name(),
        view.nonExisting(),
        view.version());
  }
}
